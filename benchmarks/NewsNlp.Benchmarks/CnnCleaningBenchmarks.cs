using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsNlp.Cleaning;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Cleaning the 500 CNN validation articles of ../shared (one operation = all 500; articles/s = 500 / mean).
/// Skipped (no articles) where ../shared is absent.
/// </summary>
[MemoryDiagnoser]
public class CnnCleaningBenchmarks
{
    private readonly ArticleCleaner _cleaner = new();
    private List<string> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(Samples.RepositoryRoot, "..", "shared", "data", "cnn_dailymail", "cnndm_validation_first500.csv.gz");
        if (File.Exists(path)) _articles = ReadArticleColumn(path);
    }

    [Benchmark]
    public int CleanCnnValidation500()
    {
        int paragraphs = 0;
        foreach (var article in _articles) paragraphs += _cleaner.Clean(article).Paragraphs.Count;
        return paragraphs;
    }

    // The "article" column of an RFC 4180 CSV (quoted fields hold commas, quotes and newlines).
    private static List<string> ReadArticleColumn(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        string text = reader.ReadToEnd();
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        int column = rows.Count > 0 ? rows[0].IndexOf("article") : -1;
        return column < 0 ? [] : [.. rows.Skip(1).Where(r => r.Count > column).Select(r => r[column])];
    }
}
