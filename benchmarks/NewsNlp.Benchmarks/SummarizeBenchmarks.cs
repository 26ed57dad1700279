using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Full summarize (clean, tokenize, split, entities, score, select, label, keyphrases) per article:
/// articles/s = 1 s / mean time. Uses CNN articles from ../shared when present, else the bundled samples.
/// </summary>
[MemoryDiagnoser]
public class SummarizeBenchmarks
{
    private NewsPipeline _pipeline = null!;
    private string[] _articles = [];
    private NewsDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.CreateDefault();
        _articles = [.. Samples.CnnArticles(200)];
        if (_articles.Length == 0) _articles = [.. Samples.Articles()];
        foreach (var a in _articles) _pipeline.Summarize(a); // models loaded, code warmed
        _documents = [.. _articles.Select(a => _pipeline.Analyze(a))];
    }

    /// <summary>Summarizes every article once; divide by <see cref="ArticleCount"/> for per-article time.</summary>
    [Benchmark]
    public int SummarizeAll()
    {
        int bullets = 0;
        foreach (var a in _articles) bullets += _pipeline.Summarize(a).QuickLooks.Count;
        return bullets;
    }

    /// <summary>The summarization stage alone (score, select, tighten, label, keyphrases) on analysed articles.</summary>
    [Benchmark]
    public int SummarizeStageOnly()
    {
        int bullets = 0;
        foreach (var d in _documents) bullets += _pipeline.Summarize(d).QuickLooks.Count;
        return bullets;
    }

    /// <summary>Number of articles per <see cref="SummarizeAll"/> call.</summary>
    public int ArticleCount => _articles.Length;
}
