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
    private IReadOnlyList<string> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = Samples.CnnArticles(500);

    [Benchmark]
    public int CleanCnnValidation500()
    {
        int paragraphs = 0;
        foreach (var article in _articles) paragraphs += _cleaner.Clean(article).Paragraphs.Count;
        return paragraphs;
    }
}
