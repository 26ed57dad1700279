namespace NewsNlp;

/// <summary>Who wrote an article, for whom, from where and when, as far as the page says.</summary>
/// <param name="Author">The writer ("Rosa Delgado"), or null.</param>
/// <param name="Source">The publisher or wire service ("Reuters", "CNN"), or null.</param>
/// <param name="Dateline">The place the story is filed from ("Washington DC", "LONDON, England"), or null.</param>
/// <param name="Date">The publication date as written on the page, or null.</param>
public sealed record Byline(string? Author, string? Source, string? Dateline, string? Date)
{
    /// <summary>A byline with nothing known.</summary>
    public static Byline Empty { get; } = new(null, null, null, null);
}
