using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp.Batch;

/// <summary>Turns a <see cref="BatchResult"/> into one complete output record (a JSONL line or a CSV row), as UTF-8 bytes.</summary>
public abstract class BatchFormatter
{
    /// <summary>The formatter for an output format.</summary>
    public static BatchFormatter For(BatchOutputFormat format) => format == BatchOutputFormat.Csv ? new CsvBatchFormatter() : new JsonlBatchFormatter();

    /// <summary>The output format written.</summary>
    public abstract BatchOutputFormat Format { get; }

    /// <summary>Bytes written once at the start of a new output (the CSV header row), or empty.</summary>
    public abstract ReadOnlySpan<byte> Header { get; }

    /// <summary>Appends the record, ending with '\n', to <paramref name="output"/>.</summary>
    public abstract void Write(BatchResult result, IBufferWriter<byte> output);

    /// <summary>The record as one array of UTF-8 bytes ending with '\n'.</summary>
    public byte[] ToBytes(BatchResult result)
    {
        // Written into this thread's buffer, reused, and copied out once at its exact size.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        Write(result, buffer);
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 20) t_buffer = null;   // one huge record does not pin a huge buffer
        return bytes;
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
}

/// <summary>
/// JSONL: {"id","status","error","title","summary":[…],"quickLooks":[{"label","text"}],
/// "entities":[{"text","type","mentions","salience"}],"keyphrases":[…]} on one line.
/// </summary>
public sealed class JsonlBatchFormatter : BatchFormatter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <inheritdoc />
    public override BatchOutputFormat Format => BatchOutputFormat.Jsonl;

    /// <inheritdoc />
    public override ReadOnlySpan<byte> Header => default;

    /// <inheritdoc />
    public override void Write(BatchResult result, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(result);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            // Numeric ids stay numbers exactly as written in the input (a JSON number's own text, or a row number).
            if (result.IdIsNumber && IsJsonNumber(result.Id)) json.WriteRawValue(result.Id);
            else json.WriteStringValue(result.Id);
            json.WriteString("status", result.Ok ? "ok" : "error");
            if (result.Error is null) json.WriteNull("error"); else json.WriteString("error", result.Error);
            if (result.Title is null) json.WriteNull("title"); else json.WriteString("title", result.Title);
            json.WriteStartArray("summary");
            foreach (string s in result.Summary) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteStartArray("quickLooks");
            foreach (var q in result.QuickLooks)
            {
                json.WriteStartObject();
                json.WriteString("label", q.Label);
                json.WriteString("text", q.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var e in result.Entities)
            {
                json.WriteStartObject();
                json.WriteString("text", e.Text);
                json.WriteString("type", e.Type.ToCode());
                json.WriteNumber("mentions", e.MentionCount);
                json.WriteNumber("salience", Math.Round(e.Salience, 4));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("keyphrases");
            foreach (string k in result.Keyphrases) json.WriteStringValue(k);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    private static bool IsJsonNumber(string text)
    {
        if (text.Length == 0 || text.Length > 64 || text[^1] is < '0' or > '9') return false;
        Span<byte> bytes = stackalloc byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 127) return false;
            bytes[i] = (byte)text[i];
        }
        var reader = new Utf8JsonReader(bytes);
        try { return reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.Read(); }
        catch (JsonException) { return false; }
    }
}

/// <summary>
/// CSV (RFC 4180, '\n' row ends): id,status,error,title,summary,quick_looks,entities. Summary sentences are
/// joined by newlines; Quick Looks are Markdown bullets "* **Label:** text" (the '*' marker keeps the cell
/// from starting with '-'); entities are "Text|TYPE" joined by "; ". Any cell starting with = + - @ (or a
/// tab or carriage return) is prefixed with a single quote so spreadsheets never run it as a formula.
/// </summary>
public sealed class CsvBatchFormatter : BatchFormatter
{
    /// <summary>The header row.</summary>
    public static ReadOnlySpan<byte> HeaderRow => "id,status,error,title,summary,quick_looks,entities\n"u8;

    /// <inheritdoc />
    public override BatchOutputFormat Format => BatchOutputFormat.Csv;

    /// <inheritdoc />
    public override ReadOnlySpan<byte> Header => HeaderRow;

    /// <inheritdoc />
    public override void Write(BatchResult result, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(result);
        var row = new StringBuilder(512);
        Cell(row, result.Id).Append(',');
        Cell(row, result.Ok ? "ok" : "error").Append(',');
        Cell(row, result.Error ?? "").Append(',');
        Cell(row, result.Title ?? "").Append(',');
        Cell(row, string.Join('\n', result.Summary)).Append(',');
        Cell(row, string.Join('\n', result.QuickLooks.Select(q => q.Label.Length > 0 ? $"* **{q.Label}:** {q.Text}" : $"* {q.Text}"))).Append(',');
        Cell(row, string.Join("; ", result.Entities.Select(e => $"{e.Text}|{e.Type.ToCode()}"))).Append('\n');
        foreach (var chunk in row.GetChunks())
            Encoding.UTF8.GetBytes(chunk.Span, output);
    }

    /// <summary>A cell as it is stored: neutralised against formula injection (quoting is separate).</summary>
    public static string Neutralize(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static StringBuilder Cell(StringBuilder row, string value)
    {
        value = Neutralize(value);
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return row.Append(value);
        row.Append('"');
        foreach (char c in value)
        {
            if (c == '"') row.Append('"');
            row.Append(c);
        }
        return row.Append('"');
    }
}
