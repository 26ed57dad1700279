namespace NewsNlp.Cleaning;

/// <summary>What an HTML page's markup says about its article, before the text is read (captions as blocks of their decoded text).</summary>
internal sealed record PageMetadata(string? Title, string? Author, string? Source, string? Date, IReadOnlyList<SourceBlock> Captions)
{
    public static PageMetadata None { get; } = new(null, null, null, null, []);
}
