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
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            // Bounds memory: a record past this is an error, not a buffer grown without limit.
            MaxRecordSize = (int)Math.Min(int.MaxValue / 2, 4L * fields.MaxTextLength + (1 << 20)),
        };
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
        for (long row = 1; ; row++)
        {
            BatchRecord record;
            try
            {
                if (!_csv.Read()) yield break;
                record = Current(row);
            }
            catch (CsvFormatException e)
            {
                // A record too large to buffer (or otherwise unreadable) fails alone; reading resumes after it when the reader can.
                record = BatchRecord.Failed(Number(row), true, $"unreadable CSV record: {e.Message}");
                failures++;
                if (failures > 1000) throw new BatchInputException($"the CSV input is unreadable: {e.Message}", e);
            }
            yield return record;
        }
    }

    private long failures;

    private BatchRecord Current(long row)
    {
        string? Cell(int column) => column >= 0 && column < _csv.FieldCount ? _csv.GetString(column) : null;
        string? id = Cell(_idColumn);
        bool numbered = string.IsNullOrEmpty(id);
        id = numbered ? Number(row) : id!;
        string? title = Cell(_titleColumn) is { Length: > 0 } t ? t : null;
        if (_textColumn >= _csv.FieldCount) return BatchRecord.Failed(id, numbered, $"the row has no '{_fields.Text}' cell", title);
        if (_csv.GetSpan(_textColumn).Length > 3L * _fields.MaxTextLength)
            return BatchRecord.Failed(id, numbered, $"the '{_fields.Text}' cell is longer than the limit of {_fields.MaxTextLength} characters", title);
        string text = _csv.GetString(_textColumn);
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
