using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace NewsNlp.MachineLearning;

/// <summary>
/// An ML.NET estimator that summarises the articles of a text column. It has nothing to learn: fitting
/// returns a <see cref="NewsSummarizingTransformer"/> that adds three columns: the summary (its sentences
/// joined by newlines), the Quick Looks (a vector of "Label: text" strings) and the entities (a vector of
/// "Text|TYPE" strings, most salient first). Create it with
/// <see cref="NewsNlpCatalog.SummarizeNews(TransformsCatalog.TextTransforms, string, string?, string?, string?, SummaryOptions?)"/>.
/// </summary>
public sealed class NewsSummarizingEstimator : IEstimator<NewsSummarizingTransformer>
{
    private readonly NewsSummaryColumns _columns;
    private readonly CustomMappingEstimator<NewsSummarizingTransformer.ArticleRow, NewsSummarizingTransformer.SummaryRow> _mapping;

    internal NewsSummarizingEstimator(MLContext context, NewsSummaryColumns columns, SummaryOptions options, NewsPipeline pipeline)
    {
        _columns = columns;
        _mapping = NewsSummarizingTransformer.CreateMapping(context, columns, options, pipeline);
    }

    /// <summary>Checks the input column and returns the transformer (there is nothing to train).</summary>
    public NewsSummarizingTransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var column = input.Schema.GetColumnOrNull(_columns.Input)
            ?? throw new ArgumentOutOfRangeException(nameof(input), $"input column '{_columns.Input}' not found");
        if (column.Type != TextDataViewType.Instance)
            throw new ArgumentOutOfRangeException(nameof(input), $"input column '{_columns.Input}' must be text, not {column.Type}");
        return new NewsSummarizingTransformer(_mapping.Fit(input));
    }

    /// <summary>The schema after the transform: the input's columns plus the summary, Quick Looks and entity columns.</summary>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => _mapping.GetOutputSchema(inputSchema);
}

/// <summary>The column names of a news summarizing transform.</summary>
/// <param name="Input">The text column holding each article.</param>
/// <param name="Summary">The summary column (text).</param>
/// <param name="QuickLooks">The Quick Looks column (vector of text).</param>
/// <param name="Entities">The entities column (vector of text).</param>
internal sealed record NewsSummaryColumns(string Input, string Summary, string QuickLooks, string Entities);
