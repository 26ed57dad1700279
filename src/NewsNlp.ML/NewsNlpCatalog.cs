using Microsoft.ML;

namespace NewsNlp.MachineLearning;

/// <summary>NewsNlp's extensions to ML.NET's catalogs.</summary>
public static class NewsNlpCatalog
{
    /// <summary>
    /// Summarises the articles of <paramref name="inputColumnName"/>: adds a text column
    /// <paramref name="outputColumnName"/> with the summary (sentences joined by newlines), a text-vector column
    /// of Quick Looks ("Label: text") and a text-vector column of entities ("Text|TYPE", most salient first).
    /// </summary>
    /// <param name="catalog">The text transforms catalog (<c>mlContext.Transforms.Text</c>).</param>
    /// <param name="outputColumnName">The summary column.</param>
    /// <param name="inputColumnName">The article column (text); defaults to <paramref name="outputColumnName"/>.</param>
    /// <param name="quickLooksColumnName">The Quick Looks column; defaults to <paramref name="outputColumnName"/> + "QuickLooks".</param>
    /// <param name="entitiesColumnName">The entities column; defaults to <paramref name="outputColumnName"/> + "Entities".</param>
    /// <param name="options">Bullets and sentences (default <see cref="SummaryOptions.Default"/>).</param>
    /// <example><code>
    /// var pipeline = mlContext.Transforms.Text.SummarizeNews("Summary", "Article");
    /// var withSummaries = pipeline.Fit(data).Transform(data);
    /// </code></example>
    public static NewsSummarizingEstimator SummarizeNews(this TransformsCatalog.TextTransforms catalog, string outputColumnName,
        string? inputColumnName = null, string? quickLooksColumnName = null, string? entitiesColumnName = null, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputColumnName);
        // The catalog's own environment is internal to ML.NET; the mapping needs none of its state.
        var context = new MLContext(seed: 0);
        var columns = new NewsSummaryColumns(inputColumnName ?? outputColumnName, outputColumnName,
            quickLooksColumnName ?? outputColumnName + "QuickLooks", entitiesColumnName ?? outputColumnName + "Entities");
        return new NewsSummarizingEstimator(context, columns, options ?? SummaryOptions.Default, NewsPipeline.CreateDefault());
    }
}
