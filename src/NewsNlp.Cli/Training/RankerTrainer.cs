using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsNlp.Summarization;
using NewsNlp.Summarization.Training;

namespace NewsNlp.Cli.Training;

/// <summary>
/// Trains the sentence ranker: sentences of news articles labelled by a greedy ROUGE oracle against their
/// highlights, a Microsoft.ML FastTree binary classifier over <see cref="SentenceFeatures"/>, exported to
/// a <see cref="TreeEnsemble"/> file. Deterministic: fixed seed, one thread, articles in file order.
/// </summary>
internal sealed class RankerTrainer(TextWriter log)
{
    /// <summary>FastTree settings of the shipped model.</summary>
    public int Trees { get; init; } = 500;
    public int Leaves { get; init; } = 16;
    public int MinLeafExamples { get; init; } = 40;
    public double LearningRate { get; init; } = 0.03;

    /// <summary>One article turned into training rows.</summary>
    /// <summary>"binary" (oracle sentences vs the rest), "regression" (each sentence's own ROUGE, plus the oracle) or "ranking" (LambdaRank on graded labels).</summary>
    public string Objective { get; init; } = "binary";

    internal sealed record PreparedArticle(string Id, string Highlights, string[] Sentences, float[] Features, bool[] Labels, float[] Gains, ArticleTerms Terms);

    private sealed class Row
    {
        public bool Label { get; set; }
        public float Gain { get; set; }
        public uint Group { get; set; }
        public float[] Features { get; set; } = [];
    }

    public List<PreparedArticle> Prepare(IEnumerable<ArticleRecord> records)
    {
        var pipeline = NewsPipeline.CreateDefault();
        var idf = IdfTable.Default;
        var prepared = new List<PreparedArticle>();
        foreach (var r in records)
        {
            var doc = pipeline.Analyze(r.Article);
            var terms = new ArticleTerms(doc, idf);
            var sentences = doc.Sentences.Select(doc.TextOf).ToArray();
            var labels = new bool[sentences.Length];
            foreach (int s in RougeOracle.Select(sentences, r.Highlights)) labels[s] = true;
            // Each sentence's own match with the highlights: a graded signal beside the oracle's yes/no.
            var gains = new float[sentences.Length];
            for (int s = 0; s < sentences.Length; s++)
            {
                var (r1, r2) = RougeOracle.Score([sentences[s]], r.Highlights);
                gains[s] = (float)((r1 + r2) / 2);
            }
            prepared.Add(new PreparedArticle(r.Id, r.Highlights, sentences, SentenceFeatures.Extract(terms), labels, gains, terms));
        }
        return prepared;
    }

    /// <summary>Trains an ensemble on the given articles.</summary>
    public TreeEnsemble Train(IReadOnlyList<PreparedArticle> articles, out IReadOnlyList<(string Name, float Gain)> importance)
    {
        int f = SentenceFeatures.Count;
        var rows = new List<Row>();
        uint group = 0;
        foreach (var a in articles)
        {
            group++;
            // Graded relevance for ranking: 3 oracle, 2/1 for sentences that match the highlights well on their own.
            for (int s = 0; s < a.Sentences.Length; s++)
                rows.Add(new Row
                {
                    Label = a.Labels[s],
                    Gain = Objective == "ranking" ? (a.Labels[s] ? 3 : a.Gains[s] >= 0.3f ? 2 : a.Gains[s] >= 0.2f ? 1 : 0) : a.Gains[s] + (a.Labels[s] ? 0.5f : 0),
                    Group = group,
                    Features = a.Features.AsSpan(s * f, f).ToArray(),
                });
        }
        var ml = new MLContext(seed: 7);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, f);
        schema[nameof(Row.Group)].ColumnType = new KeyDataViewType(typeof(uint), group + 1);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        TreeEnsembleModelParametersBasedOnRegressionTree model;
        if (Objective == "binary")
            model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfTrees = Trees, NumberOfLeaves = Leaves, MinimumExampleCountPerLeaf = MinLeafExamples, LearningRate = LearningRate,
                NumberOfThreads = 1, FeatureFraction = 1.0, Seed = 7,
            }).Fit(data).Model.SubModel;
        else if (Objective == "regression")
            model = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = nameof(Row.Gain),
                NumberOfTrees = Trees, NumberOfLeaves = Leaves, MinimumExampleCountPerLeaf = MinLeafExamples, LearningRate = LearningRate,
                NumberOfThreads = 1, FeatureFraction = 1.0, Seed = 7,
            }).Fit(data).Model;
        else if (Objective == "ranking")
            model = ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(Row.Gain), RowGroupColumnName = nameof(Row.Group),
                NumberOfTrees = Trees, NumberOfLeaves = Leaves, MinimumExampleCountPerLeaf = MinLeafExamples, LearningRate = LearningRate,
                NumberOfThreads = 1, FeatureFraction = 1.0, Seed = 7,
            }).Fit(data).Model;
        else throw new UsageException($"unknown objective '{Objective}' (binary, regression or ranking).");
        VBuffer<float> weights = default;
        model.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().ToArray();
        importance = [.. SentenceFeatures.Names.Select((name, i) => (name, i < dense.Length ? dense[i] : 0f)).OrderByDescending(p => p.Item2)];
        var ensemble = model.TrainedTreeEnsemble;
        var trees = new List<TreeEnsemble.Tree>();
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c)) throw new InvalidOperationException("Categorical splits are not supported.");
            trees.Add(new TreeEnsemble.Tree((float)ensemble.TreeWeights[t], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild], [.. tree.RightChild], [.. tree.LeafValues.Select(v => (float)v)]));
        }
        return new TreeEnsemble(f, ensemble.Bias, trees);
    }

    /// <summary>The summary the product would output for an article with the given ensemble (or Lead-N when null).</summary>
    public static string[] Summarize(PreparedArticle a, TreeEnsemble? model, int count = 3)
    {
        if (model is null) return [.. a.Sentences.Take(count)];
        var ranker = new SentenceRanker(model, a.Terms.Idf);
        var scores = ranker.Score(a.Features, a.Sentences.Length);
        return [.. SentenceSelector.Select(a.Terms, scores, count, SentenceSelector.Redundancy.NearDuplicate, never: s => SiteLines.IsSiteLine(a.Sentences[s]))
            .Select(s => a.Sentences[s])];
    }

    /// <summary>Mean ROUGE-1/2 (unstemmed, approximate; rouge.py gives the reported numbers) of summaries, and optionally writes them as JSONL.</summary>
    public (double R1, double R2) Evaluate(IReadOnlyList<PreparedArticle> articles, Func<PreparedArticle, string[]> summarize, string? jsonlPath)
    {
        double r1 = 0, r2 = 0;
        using var writer = jsonlPath is null ? null : new StreamWriter(jsonlPath, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var a in articles)
        {
            var summary = summarize(a);
            var (x, y) = RougeOracle.Score(summary, a.Highlights);
            r1 += x; r2 += y;
            writer?.WriteLine(JsonSerializer.Serialize(new PredictionLine(a.Id, summary, a.Highlights), TrainingJsonContext.Default.PredictionLine));
        }
        int n = Math.Max(1, articles.Count);
        return (100 * r1 / n, 100 * r2 / n);
    }

    public void Report(string what, (double R1, double R2) score) => log.WriteLine($"{what,-34} R1 {score.R1:F2}  R2 {score.R2:F2} (unstemmed)");
}

/// <summary>One line of a --cv-pred / --dev-pred file: the article id, the predicted summary and the reference highlights (what rouge.py reads).</summary>
internal sealed record PredictionLine(string Id, IReadOnlyList<string> Summary, string Highlights);

/// <summary>Source-generated JSON for the training outputs, so the native (AOT) tool needs no reflection for them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PredictionLine))]
internal sealed partial class TrainingJsonContext : JsonSerializerContext;
