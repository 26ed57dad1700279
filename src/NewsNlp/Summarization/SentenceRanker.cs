namespace NewsNlp.Summarization;

/// <summary>
/// Scores sentences with the tree ensemble shipped as models/ranker.bin over <see cref="SentenceFeatures"/>.
/// Loaded once; thread-safe.
/// </summary>
public sealed class SentenceRanker
{
    private static readonly Lazy<SentenceRanker> Shared = new(() =>
    {
        using var stream = ModelResources.Open("ranker.bin");
        return new SentenceRanker(TreeEnsemble.Read(stream, "models/ranker.bin"), IdfTable.Default);
    });

    /// <summary>Creates a ranker from an ensemble over <see cref="SentenceFeatures"/> and a background IDF table.</summary>
    public SentenceRanker(TreeEnsemble model, IdfTable idf)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Idf = idf ?? throw new ArgumentNullException(nameof(idf));
        if (model.FeatureCount != SentenceFeatures.Count)
            throw new ArgumentException($"The ranker expects {model.FeatureCount} features; this version computes {SentenceFeatures.Count}. Retrain it.", nameof(model));
    }

    /// <summary>The ranker embedded in the package, loaded once.</summary>
    public static SentenceRanker Default => Shared.Value;

    /// <summary>The tree ensemble.</summary>
    public TreeEnsemble Model { get; }

    /// <summary>The background IDF table the features use.</summary>
    public IdfTable Idf { get; }

    /// <summary>A score per sentence of the document (higher = more summary-worthy).</summary>
    public double[] Score(NewsDocument document) => Score(new ArticleTerms(document, Idf));

    internal double[] Score(ArticleTerms terms) => Score(SentenceFeatures.Extract(terms), terms.SentenceCount);

    internal double[] Score(float[] features, int sentences)
    {
        var scores = new double[sentences];
        int f = SentenceFeatures.Count;
        Model.ScoreRows(features.AsSpan(0, sentences * f), sentences, scores);
        return scores;
    }
}
