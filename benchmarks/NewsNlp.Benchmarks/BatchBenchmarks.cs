using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsNlp.Batch;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>newsnlp batch</c> end to end in memory (read JSONL, summarise, write JSONL, in order) with 1 and 2 jobs:
/// on the bundled samples (repeated to 200 articles) and, when ../shared is present, on the 1,000 CNN/DailyMail
/// validation articles. Divide the article count by the mean time for articles/s.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private byte[] _jsonl = [];

    /// <summary>The corpus: "samples" (bundled, always there) or "cnndm-validation-1000" (../shared).</summary>
    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "samples";

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Jobs { get; set; }

    /// <summary>Articles in the corpus, for articles/s.</summary>
    public int Articles { get; private set; }

    public static IEnumerable<string> Corpora()
    {
        yield return "samples";
        if (SharedValidationFiles().All(File.Exists)) yield return "cnndm-validation-1000";
    }

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus == "samples" ? SampleArticles() : ValidationArticles();
        var sb = new StringBuilder();
        int id = 0;
        foreach (string text in articles)
            sb.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"a{++id}", ["text"] = text })).Append('\n');
        Articles = id;
        _jsonl = Encoding.UTF8.GetBytes(sb.ToString());
        NewsPipeline.CreateDefault().Summarize("Warm-up. The models load once.");
    }

    [Benchmark]
    public long Batch()
    {
        using var reader = BatchReader.OpenJsonl(new MemoryStream(_jsonl, writable: false));
        var report = NewsBatch.Run(reader, Stream.Null, BatchOutputFormat.Jsonl, new BatchRunOptions { Jobs = Jobs });
        return report.Ok;
    }

    private static IEnumerable<string> SampleArticles()
    {
        var samples = Samples.Articles();
        if (samples.Count == 0) throw new InvalidOperationException("no bundled samples found");
        for (int i = 0; i < 200; i++) yield return samples[i % samples.Count];
    }

    internal static string[] SharedValidationFiles() =>
    [
        Path.Combine(Samples.RepositoryRoot, "..", "shared", "data", "cnn_dailymail", "cnndm_validation_first500.csv.gz"),
        Path.Combine(Samples.RepositoryRoot, "..", "shared", "data", "cnn_dailymail", "cnndm_validation_501_1000.csv.gz"),
    ];

    private static IEnumerable<string> ValidationArticles()
    {
        foreach (string file in SharedValidationFiles())
        {
            using var reader = BatchReader.Open(file, BatchInputFormat.Csv, new BatchFields { Text = "article" });
            foreach (var record in reader)
                if (record.Text is { } text) yield return text;
        }
    }
}
