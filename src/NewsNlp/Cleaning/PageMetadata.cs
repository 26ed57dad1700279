namespace NewsNlp.Cleaning;

/// <summary>
/// What an HTML page's markup says about its article, before the text is read (captions as blocks of their decoded text).
/// <see cref="FallbackTitle"/> is the page's &lt;title&gt;, for when no headline is found in the text: it often names the
/// site and section only ("Valley Courier - Local News"). <see cref="Standfirst"/> is the deck its markup names as such
/// ("article__summary"), which the reader leaves out of the text.
/// </summary>
internal sealed record PageMetadata(string? Title, string? Author, string? Source, string? Date, IReadOnlyList<SourceBlock> Captions, string? FallbackTitle = null)
{
    public string? Standfirst { get; init; }

    public static PageMetadata None { get; } = new(null, null, null, null, []);
}
