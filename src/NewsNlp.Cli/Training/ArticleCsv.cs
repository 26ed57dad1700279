using CsvHelper;

namespace NewsNlp.Cli.Training;

/// <summary>One article with its reference highlights, as in the CNN/DailyMail CSV files.</summary>
/// <param name="Id">The id column, or "FILE#ROW" when the file has none.</param>
/// <param name="Article">The article text.</param>
/// <param name="Highlights">Reference bullets, newline-separated (empty when the file has none).</param>
internal sealed record ArticleRecord(string Id, string Article, string Highlights);

/// <summary>Reads article CSV files (plain or .gz) with columns article, highlights and optionally id.</summary>
internal static class ArticleCsv
{
    public static List<ArticleRecord> Read(string path)
    {
        var stream = CliIO.OpenData(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, false);
        var records = new List<ArticleRecord>();
        csv.ReadHeader();
        if (!csv.TryGetFieldIndex("article", out int article))
            throw new UsageException($"'{path}' has no 'article' column.");
        bool hasId = csv.TryGetFieldIndex("id", out int id);
        bool hasHighlights = csv.TryGetFieldIndex("highlights", out int highlights);
        string name = Path.GetFileName(path);
        while (csv.Read())
            records.Add(new ArticleRecord(hasId ? csv.GetString(id) : $"{name}#{records.Count}", csv.GetString(article),
                hasHighlights ? csv.GetString(highlights) : ""));
        return records;
    }
}
