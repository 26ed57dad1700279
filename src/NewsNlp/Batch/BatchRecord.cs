namespace NewsNlp.Batch;

/// <summary>
/// One input record of a batch: an article with its id, or the reason it could not be read. Records carry
/// their reading errors instead of throwing, so one bad line never stops a run.
/// </summary>
/// <param name="Id">The record's id: the id field or column, or the record's 1-based row/line number when there is none.</param>
/// <param name="IdIsNumber">True when the id is a number (a JSON number, or a row number), written unquoted in JSON.</param>
/// <param name="Title">The title field, or null.</param>
/// <param name="Text">The article text (plain text or HTML), or null when it could not be read.</param>
/// <param name="Error">Why the record could not be read, or null.</param>
public sealed record BatchRecord(string Id, bool IdIsNumber, string? Title, string? Text, string? Error)
{
    /// <summary>A record that was read correctly.</summary>
    public static BatchRecord Article(string id, bool idIsNumber, string? title, string text) => new(id, idIsNumber, title, text, null);

    /// <summary>A record that could not be read, with the reason.</summary>
    public static BatchRecord Failed(string id, bool idIsNumber, string error, string? title = null) => new(id, idIsNumber, title, null, error);
}

/// <summary>Which fields (JSONL) or columns (CSV) hold a record's id, title and text, and how large a text may be.</summary>
public sealed record BatchFields
{
    /// <summary>The defaults: id, title and text; texts up to 8 Mi characters.</summary>
    public static BatchFields Default { get; } = new();

    /// <summary>Name of the id field or column (default "id"). Records without one are numbered from 1.</summary>
    public string Id { get; init; } = "id";

    /// <summary>Name of the title field or column (default "title"); optional.</summary>
    public string Title { get; init; } = "title";

    /// <summary>Name of the text field or column (default "text"); required.</summary>
    public string Text { get; init; } = "text";

    /// <summary>
    /// Largest text (and largest JSONL line, in UTF-8 bytes, 4× this) accepted; a larger record is an error
    /// record, read without holding it whole in memory where the format allows. Default 8 Mi characters.
    /// </summary>
    public int MaxTextLength { get; init; } = 8 << 20;
}

/// <summary>The input formats <c>newsnlp batch</c> reads.</summary>
public enum BatchInputFormat
{
    /// <summary>CSV with a header row (RFC 4180: quoted cells may hold commas, quotes and newlines).</summary>
    Csv,
    /// <summary>One JSON object per line.</summary>
    Jsonl,
    /// <summary>A directory of .txt and .html files; the id is the path relative to the directory.</summary>
    Directory,
}

/// <summary>The output formats <c>newsnlp batch</c> writes.</summary>
public enum BatchOutputFormat
{
    /// <summary>One JSON object per record and line.</summary>
    Jsonl,
    /// <summary>CSV: id,status,error,title,summary,quick_looks,entities, neutralised against formula injection.</summary>
    Csv,
}
