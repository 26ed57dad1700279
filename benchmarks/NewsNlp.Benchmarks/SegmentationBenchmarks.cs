using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>Tokenize, and tokenize + split, over the bundled samples repeated to about 1 MB.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private NewsPipeline _pipeline = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.CreateDefault();
        var sb = new System.Text.StringBuilder();
        var articles = Samples.Articles();
        while (sb.Length < 1_000_000)
            foreach (var a in articles) sb.Append(a).Append("\n\n");
        _text = sb.ToString();
    }

    /// <summary>Characters per run, to turn time into MB/s.</summary>
    public int Characters => _text.Length;

    [Benchmark]
    public int Tokenize() => _pipeline.Tokenize(_text).Count;

    [Benchmark]
    public int TokenizeAndSplit() => _pipeline.Segment(_text).Sentences.Count;
}
