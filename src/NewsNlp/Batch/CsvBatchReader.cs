using System.Globalization;
using CsvHelper;

namespace NewsNlp.Batch;

/// <summary>
/// CSV records through CsvHelper: header row, RFC 4180 quoting (cells may hold commas, quotes and newlines),
/// a byte-order mark skipped. Without an id column a record's id is its 1-based data row number.
/// </summary>
internal sealed class CsvBatchReader : BatchReader
{
    private readonly CsvReader _csv;
    private readonly BatchFields _fields;
    private readonly int _idColumn = -1, _titleColumn = -1, _textColumn = -1;

    public CsvBatchReader(Stream stream, BatchFields fields)
    {
        _fields = fields;
        var options = RowOptions(m => _malformed = m, hasHeader: true);
        _csv = CsvReader.Create(stream, options, leaveOpen: false);
        try
        {
            if (_csv.Headers is not { Count: > 0 } header || header.All(string.IsNullOrWhiteSpace))
                throw new BatchInputException("the CSV input is empty: a header row naming its columns is expected");
            if (!_csv.TryGetFieldIndex(fields.Text, out _textColumn))
                throw new BatchInputException($"the CSV input has no '{fields.Text}' column (columns: {string.Join(", ", header)}); use --text-column");
            if (!_csv.TryGetFieldIndex(fields.Id, out _idColumn)) _idColumn = -1;
            if (!_csv.TryGetFieldIndex(fields.Title, out _titleColumn)) _titleColumn = -1;
        }
        catch (Exception e) when (e is CsvFormatException or IOException or InvalidDataException)
        {
            _csv.Dispose();
            throw new BatchInputException($"cannot read the CSV header: {e.Message}", e);
        }
        catch
        {
            _csv.Dispose();
            throw;
        }
    }

    public override IEnumerator<BatchRecord> GetEnumerator()
    {
        foreach (var record in Records(_csv, new RowCounter(), 0, 0)) yield return record;
    }

    // lineOffset: lines of the input before the reader's first (rows read again start mid-input); depth: how many
    // readers of rows read again this one is inside.
    private IEnumerable<BatchRecord> Records(CsvReader csv, RowCounter rows, long lineOffset, int depth)
    {
        while (true)
        {
            long row = rows.Last + 1;
            BatchRecord record;
            IReadOnlyList<BatchRecord>? resynced = null;
            try
            {
                _malformed = null;
                if (!csv.Read()) yield break;
                rows.Last = row;
                if (_malformed is { } malformed && depth < MaxResyncDepth && Resync(csv, malformed, row, rows, lineOffset, depth) is { } split)
                    (record, resynced) = split;
                else
                {
                    record = Current(csv, row);
                    // A quoted cell still open where the input ends: the file was cut off inside it, so its text is partial.
                    if (_malformed is { Reason: CsvMalformedReason.UnterminatedQuote } open)
                        record = BatchRecord.Failed(record.Id, record.IdIsNumber, $"malformed CSV on line {lineOffset + open.LineNumber}: a quoted cell is never closed"
                            + (lineOffset == 0 ? "; the input ends inside it (a truncated file?)" : ""), record.Title);
                }
            }
            catch (CsvFormatException e)
            {
                // A record too large to buffer (or otherwise unreadable) fails alone; reading resumes after it when the reader can.
                rows.Last = row;
                record = BatchRecord.Failed(Number(row), true, $"unreadable CSV record: {e.Message}");
                if (++_failures > 1000) throw new BatchInputException($"the CSV input is unreadable: {e.Message}", e);
            }
            yield return record;
            if (resynced is not null)
                foreach (var after in resynced) yield return after;
        }
    }

    private long _failures;
    private CsvMalformedRecord? _malformed;

    // Broken rows inside broken rows are read again this deep at most: the stack stays small whatever the input.
    private const int MaxResyncDepth = 32;

    /// <summary>The last data row number given out, shared by the input's reader and rows read again.</summary>
    private sealed class RowCounter { public long Last; }

    /// <summary>
    /// A record whose quoting is broken (a quote opened and never closed where it should be) swallows the lines
    /// after it up to the next quote, or to the end of the input. When those lines read as rows of their own, with
    /// as many cells as the header, the record is taken to be its first line only: that line becomes an error
    /// record and the swallowed rows are read again (each may be broken in turn). Otherwise (a multi-line cell
    /// with a stray quote in it, say) null: the record stands as the reader recovered it.
    /// </summary>
    private (BatchRecord Broken, IReadOnlyList<BatchRecord> After)? Resync(CsvReader csv, CsvMalformedRecord malformed, long row, RowCounter rows, long lineOffset, int depth)
    {
        var raw = csv.RawRecord.ToArray();
        int lineEnd = raw.AsSpan().IndexOfAny((byte)'\r', (byte)'\n');
        if (lineEnd < 0) return null;
        int next = raw[lineEnd] == '\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        int columns = _csv.Headers.Count;
        var rest = raw.AsMemory(next);
        using (var check = CsvReader.Create(rest, RowOptions(null)))
        {
            bool any = false;
            while (check.Read())
            {
                if (check.FieldCount != columns) return null;
                any = true;
            }
            if (!any) return null;
        }

        // The first line alone: its id and title cells come before the broken quote, in the usual column order.
        string? id = null, title = null;
        using (var first = CsvReader.Create(raw.AsMemory(0, lineEnd), RowOptions(null)))
            if (first.Read())
            {
                id = Cell(first, _idColumn) is { Length: > 0 } i ? i : null;
                title = Cell(first, _titleColumn) is { Length: > 0 } t ? t : null;
            }
        long line = lineOffset + malformed.LineNumber;
        var broken = BatchRecord.Failed(id ?? Number(row), id is null,
            $"malformed CSV on line {line}: a quote opened in the row is never closed ({Describe(malformed.Reason)}); "
            + "the lines after it were read as rows of their own", title);
        using var again = CsvReader.Create(rest, RowOptions(m => _malformed = m));
        return (broken, Records(again, rows, line, depth + 1).ToList());
    }

    /// <summary>Options for the input (<paramref name="hasHeader"/>) or for rows read again on their own.</summary>
    private CsvReaderOptions RowOptions(Action<CsvMalformedRecord>? onMalformed, bool hasHeader = false) => new()
    {
        Separator = ',',
        HasHeader = hasHeader,
        TrackLineNumbers = true,
        OnMalformedRecord = onMalformed,
        // Bounds memory: a record past this is an error, not a buffer grown without limit.
        MaxRecordSize = (int)Math.Min(int.MaxValue / 2, 4L * _fields.MaxTextLength + (1 << 20)),
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "it runs to the end of the input",
        CsvMalformedReason.TextAfterClosingQuote => "it ends at a quote further on, followed by text",
        _ => reason.ToString(),
    };

    private static string? Cell(CsvReader csv, int column) => column >= 0 && column < csv.FieldCount ? csv.GetString(column) : null;

    private BatchRecord Current(CsvReader csv, long row)
    {
        string? id = Cell(csv, _idColumn);
        bool numbered = string.IsNullOrEmpty(id);
        id = numbered ? Number(row) : id!;
        string? title = Cell(csv, _titleColumn) is { Length: > 0 } t ? t : null;
        if (_textColumn >= csv.FieldCount) return BatchRecord.Failed(id, numbered, $"the row has no '{_fields.Text}' cell", title);
        if (csv.GetSpan(_textColumn).Length > 3L * _fields.MaxTextLength)
            return BatchRecord.Failed(id, numbered, $"the '{_fields.Text}' cell is longer than the limit of {_fields.MaxTextLength} characters", title);
        string text = csv.GetString(_textColumn);
        return text.Length > _fields.MaxTextLength
            ? BatchRecord.Failed(id, numbered, $"the '{_fields.Text}' cell is longer than the limit of {_fields.MaxTextLength} characters", title)
            : BatchRecord.Article(id, numbered, title, text);
    }

    private static string Number(long row) => row.ToString(CultureInfo.InvariantCulture);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _csv.Dispose();
    }
}
