using BenchmarkDotNet.Attributes;
using NewsNlp.Cleaning;

namespace NewsNlp.Benchmarks;

/// <summary>Cleaning one bundled sample article (web-copied text, wire copy, HTML page).</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly ArticleCleaner _cleaner = new();
    private string _input = "";

    /// <summary>The sample file to clean.</summary>
    [Params("border-troops.txt", "city-budget.txt", "harbor-strike.html")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _input = File.ReadAllText(Path.Combine(Samples.SamplesDirectory, Sample));

    [Benchmark]
    public int Clean() => _cleaner.Clean(_input).Paragraphs.Count;
}
