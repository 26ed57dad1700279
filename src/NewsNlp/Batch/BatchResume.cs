using System.Text;
using System.Text.Json;

namespace NewsNlp.Batch;

/// <summary>
/// What an existing output already holds, for <c>--resume</c>: the ids written and their statuses. Opening
/// it trims a torn last record (one a killed run left without its '\n') so appending continues cleanly.
/// </summary>
public sealed class BatchResume
{
    private readonly HashSet<string> _ids;

    private BatchResume(BatchOutputFormat format, HashSet<string> ids, long ok, long failed, long length, bool hasHeader)
    {
        Format = format;
        _ids = ids;
        Ok = ok;
        Failed = failed;
        ValidLength = length;
        HasHeader = hasHeader;
    }

    /// <summary>The output format read.</summary>
    public BatchOutputFormat Format { get; }

    /// <summary>Number of distinct ids already written.</summary>
    public int Count => _ids.Count;

    /// <summary>Records already written with status ok.</summary>
    public long Ok { get; }

    /// <summary>Records already written with status error.</summary>
    public long Failed { get; }

    /// <summary>Length in bytes of the output's complete records (the file is trimmed to it).</summary>
    public long ValidLength { get; }

    /// <summary>True when the output already starts with its header (CSV); false means it must be written.</summary>
    public bool HasHeader { get; }

    /// <summary>True when the record with this id was already written.</summary>
    public bool Contains(string id) => _ids.Contains(Format == BatchOutputFormat.Csv ? CsvBatchFormatter.Neutralize(id) : id);

    /// <summary>
    /// Reads the output at <paramref name="path"/> (a missing file is an empty output) and trims a torn last
    /// record from it.
    /// </summary>
    public static BatchResume Open(string path, BatchOutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new BatchResume(format, ids, 0, 0, 0, false);
        long ok = 0, failed = 0, valid;
        bool hasHeader;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            void Add(string? id, string? status)
            {
                if (id is null) return;
                ids.Add(id);
                if (status == "ok") ok++; else failed++;
            }
            if (format == BatchOutputFormat.Jsonl) { valid = ScanJsonl(stream, Add); hasHeader = true; }
            else valid = ScanCsv(stream, Add, out hasHeader);
        }
        if (new FileInfo(path).Length != valid)
        {
            using var trim = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
            trim.SetLength(valid);
        }
        return new BatchResume(format, ids, ok, failed, valid, hasHeader);
    }

    private static long ScanJsonl(Stream stream, Action<string?, string?> add)
    {
        var lines = new Utf8LineReader(stream, int.MaxValue - 64);
        long valid = 0;
        while (lines.ReadLine(out var line, out _))
        {
            if (!lines.LastLineTerminated) break;
            valid = lines.Position;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id)) continue;
                string? status = root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                add(id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText(), status);
            }
            catch (JsonException) { }
        }
        return valid;
    }

    /// <summary>Scans CSV written by <see cref="CsvBatchFormatter"/>: rows end at '\n' outside quotes; reads the first two cells.</summary>
    private static long ScanCsv(Stream stream, Action<string?, string?> add, out bool hasHeader)
    {
        hasHeader = false;
        long valid = 0, position = 0;
        bool inQuotes = false, quoteClosed = false;
        int cell = 0;
        var id = new List<byte>();
        var status = new List<byte>();
        var buffer = new byte[1 << 16];
        for (int read; (read = stream.Read(buffer, 0, buffer.Length)) > 0;)
        {
            for (int i = 0; i < read; i++, position++)
            {
                byte b = buffer[i];
                var target = cell == 0 ? id : cell == 1 ? status : null;
                if (inQuotes)
                {
                    if (b == (byte)'"') { inQuotes = false; quoteClosed = true; }
                    else target?.Add(b);
                    continue;
                }
                bool escapedQuote = quoteClosed && b == (byte)'"';
                quoteClosed = false;
                if (b == (byte)'"')
                {
                    if (escapedQuote) target?.Add(b);
                    inQuotes = true;
                }
                else if (b == (byte)',') cell++;
                else if (b == (byte)'\n')
                {
                    valid = position + 1;
                    if (hasHeader) add(Encoding.UTF8.GetString([.. id]), Encoding.UTF8.GetString([.. status]));
                    hasHeader = true;
                    cell = 0;
                    id.Clear();
                    status.Clear();
                }
                else if (b != (byte)'\r') target?.Add(b);
            }
        }
        return valid;
    }
}
