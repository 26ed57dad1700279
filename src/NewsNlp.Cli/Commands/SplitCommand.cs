using System.CommandLine;
using System.Text.Json;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp split --input FILE|- --output FILE|-</c>: JSONL {"id","text"} in; one line out per line in,
/// {"id","sentences","spans"} or {"id","status":"error","error"}.
/// </summary>
internal static class SplitCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\",\"text\"} objects, or '-' for standard input.", Required = true };
        var output = new Option<string>("--output") { Description = "JSONL output file, or '-' for standard output.", Required = true };
        var command = new Command("split", "Split the text of each JSON line into sentences, with UTF-16 spans.") { input, output };
        command.SetAction(parse => CliIO.Run(() => Run(parse.GetValue(input)!, parse.GetValue(output)!)));
        return command;
    }

    private static int Run(string inputPath, string outputPath)
    {
        var pipeline = NewsPipeline.CreateDefault();
        using var reader = CliIO.OpenReader(inputPath);
        using var stream = CliIO.OpenOutputStream(outputPath);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = false });
        int failed = 0, lineNumber = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNumber++;
            json.Reset();
            if (!TryReadRecord(line, out var id, out string? text, out string? error))
            {
                failed++;
                WriteError(json, id, lineNumber, error!);
            }
            else
            {
                try
                {
                    var document = pipeline.Segment(text!);
                    json.WriteStartObject();
                    WriteId(json, id, lineNumber);
                    json.WriteStartArray("sentences");
                    foreach (var s in document.Sentences) json.WriteStringValue(document.Span(s));
                    json.WriteEndArray();
                    json.WriteStartArray("spans");
                    foreach (var s in document.Sentences)
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(s.Start);
                        json.WriteNumberValue(s.End);
                        json.WriteEndArray();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed++;
                    json.Reset();
                    WriteError(json, id, lineNumber, $"splitting failed: {e.Message}");
                }
            }
            json.Flush();
            stream.WriteByte((byte)'\n');
        }
        if (failed > 0) Console.Error.WriteLine($"newsnlp split: {lineNumber - failed} ok, {failed} failed");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// <summary>Reads {"id","text"} from one line; on failure says why, keeping the id when it could be read.</summary>
    private static bool TryReadRecord(string line, out JsonElement? id, out string? text, out string? error)
    {
        id = null; text = null; error = null;
        if (string.IsNullOrWhiteSpace(line)) { error = "empty line"; return false; }
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { error = "line is not a JSON object"; return false; }
            if (doc.RootElement.TryGetProperty("id", out var idValue)) id = idValue.Clone();
            if (!doc.RootElement.TryGetProperty("text", out var textValue)) { error = "missing \"text\""; return false; }
            if (textValue.ValueKind != JsonValueKind.String) { error = "\"text\" is not a string"; return false; }
            text = textValue.GetString();
            return true;
        }
        catch (JsonException e)
        {
            error = $"invalid JSON: {e.Message}";
            return false;
        }
    }

    private static void WriteId(Utf8JsonWriter json, JsonElement? id, int lineNumber)
    {
        json.WritePropertyName("id");
        if (id is { } value) value.WriteTo(json);
        else json.WriteNumberValue(lineNumber);
    }

    private static void WriteError(Utf8JsonWriter json, JsonElement? id, int lineNumber, string error)
    {
        json.WriteStartObject();
        WriteId(json, id, lineNumber);
        json.WriteString("status", "error");
        json.WriteString("error", error);
        json.WriteEndObject();
    }
}
