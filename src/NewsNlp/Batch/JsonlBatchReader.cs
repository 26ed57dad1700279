using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Batch;

/// <summary>
/// JSONL records: one object per line with id, title and text fields. An invalid line, a line over the size
/// limit (skipped without being held in memory) or a line without text is an error record whose id is the
/// 1-based line number (or the id, when it could be read). Blank lines are not records.
/// </summary>
internal sealed class JsonlBatchReader(Stream stream, BatchFields fields) : BatchReader
{
    private readonly Utf8LineReader _lines = new(stream, maxLineBytes: (int)Math.Min(int.MaxValue - 64, 4L * fields.MaxTextLength));
    private readonly JsonEncodedText _id = JsonEncodedText.Encode(fields.Id), _title = JsonEncodedText.Encode(fields.Title), _text = JsonEncodedText.Encode(fields.Text);

    public override IEnumerator<BatchRecord> GetEnumerator()
    {
        long lineNumber = 0;
        while (_lines.ReadLine(out var line, out bool tooLong))
        {
            lineNumber++;
            if (tooLong)
            {
                yield return BatchRecord.Failed(Number(lineNumber), true, $"the line is longer than the limit of {_lines.MaxLineBytes} bytes");
                continue;
            }
            if (IsBlank(line.Span)) continue;
            yield return Parse(line, lineNumber);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private BatchRecord Parse(ReadOnlyMemory<byte> line, long lineNumber)
    {
        string id = Number(lineNumber);
        bool idIsNumber = true;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return BatchRecord.Failed(id, true, "the line is not a JSON object");
            if (root.TryGetProperty(_id.EncodedUtf8Bytes, out var idValue))
            {
                switch (idValue.ValueKind)
                {
                    case JsonValueKind.String when idValue.GetString() is { Length: > 0 } s: id = s; idIsNumber = false; break;
                    case JsonValueKind.Number: id = idValue.GetRawText(); break;
                }
            }
            string? title = root.TryGetProperty(_title.EncodedUtf8Bytes, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!root.TryGetProperty(_text.EncodedUtf8Bytes, out var text) || text.ValueKind == JsonValueKind.Null)
                return BatchRecord.Failed(id, idIsNumber, $"missing \"{fields.Text}\"", title);
            if (text.ValueKind != JsonValueKind.String)
                return BatchRecord.Failed(id, idIsNumber, $"\"{fields.Text}\" is not a string", title);
            return BatchRecord.Article(id, idIsNumber, title, text.GetString()!);
        }
        catch (JsonException e)
        {
            return BatchRecord.Failed(id, idIsNumber, $"invalid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // Well-formed JSON that is not text: an escaped lone surrogate ("\ud800") has no string to become.
            return BatchRecord.Failed(id, idIsNumber, $"invalid JSON string: {e.Message}");
        }
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
    }
}

/// <summary>
/// Reads '\n'-terminated lines of UTF-8 bytes from a stream through one reusable buffer that never grows
/// past the line limit: a longer line is reported as too long and skipped, not held.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private byte[] _buffer = new byte[Math.Min(1 << 16, Math.Max(maxLineBytes, 16))];
    private int _start, _end;
    private long _absoluteStart;
    private bool _eof, _first = true;

    public int MaxLineBytes => maxLineBytes;

    /// <summary>Byte offset in the stream just past the last line returned (including its '\n').</summary>
    public long Position => _absoluteStart;

    /// <summary>False when the last line returned ended the stream without a '\n' (a torn line).</summary>
    public bool LastLineTerminated { get; private set; }

    /// <summary>
    /// The next line without its '\n' (and '\r'), valid until the next call; false at the end of the stream.
    /// </summary>
    public bool ReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanned = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int end = _start + scanned + newline;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, end);
                _absoluteStart += end + 1 - _start;
                _start = end + 1;
                LastLineTerminated = true;
                return true;
            }
            scanned = _end - _start;
            if (_eof)
            {
                if (_end == _start && scanned == 0 && !tooLong) { line = default; return false; }
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, _end);
                _absoluteStart += _end - _start;
                _start = _end;
                LastLineTerminated = false;
                if (line.Length == 0 && !tooLong) return false;
                return true;
            }
            if (scanned >= maxLineBytes)
            {
                // Too long: drop what is buffered and keep scanning for the end of the line.
                tooLong = true;
                _absoluteStart += _end - _start;
                _start = _end = 0;
                scanned = 0;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (_first)
        {
            _first = false;
            if (_buffer.AsSpan(start, end - start).StartsWith("\uFEFF"u8)) start += 3;
        }
        if (end > start && _buffer[end - 1] == (byte)'\r') end--;
        return _buffer.AsMemory(start, end - start);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            int size = (int)Math.Min((long)_buffer.Length * 2, maxLineBytes + 1L);
            Array.Resize(ref _buffer, Math.Max(size, _buffer.Length + 1));
        }
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    public void Dispose() => stream.Dispose();
}
