namespace NewsNlp.Benchmarks;

/// <summary>Finds the bundled samples and, when present, the ../shared corpora.</summary>
internal static class Samples
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The text of every bundled sample article (.txt and .html).</summary>
    public static IReadOnlyList<string> Articles() =>
        [.. Directory.EnumerateFiles(SamplesDirectory).Where(f => f.EndsWith(".txt") || f.EndsWith(".html")).Order().Select(File.ReadAllText)];

    /// <summary>Up to <paramref name="count"/> CNN articles from ../shared/data/cnn_dailymail (validation), or none when absent.</summary>
    public static IReadOnlyList<string> CnnArticles(int count)
    {
        string path = Path.Combine(RepositoryRoot, "..", "shared", "data", "cnn_dailymail", "cnndm_validation_first500.csv.gz");
        if (!File.Exists(path)) return [];
        using var csv = CsvHelper.CsvReader.Create(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress),
            new CsvHelper.CsvReaderOptions { Separator = ',' }, false);
        csv.ReadHeader();
        int article = csv.GetFieldIndex("article");
        var result = new List<string>();
        while (result.Count < count && csv.Read()) result.Add(csv.GetString(article));
        return result;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the NewsNlp repository.");
    }
}
