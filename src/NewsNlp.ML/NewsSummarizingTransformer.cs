using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace NewsNlp.MachineLearning;

/// <summary>
/// Adds the summary, Quick Looks and entity columns to an <see cref="IDataView"/>, lazily, row by row, as
/// ML.NET transforms do. Thread-safe; the shared <see cref="NewsPipeline"/> does the work. Saving is not
/// supported: it has no trained state, so create it again from the catalog.
/// </summary>
public sealed class NewsSummarizingTransformer : ITransformer
{
    private readonly ITransformer _mapping;

    internal NewsSummarizingTransformer(ITransformer mapping) => _mapping = mapping;

    /// <summary>True: the transform works row by row.</summary>
    public bool IsRowToRowMapper => true;

    /// <summary>The schema after the transform.</summary>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => _mapping.GetOutputSchema(inputSchema);

    /// <summary>The row-to-row mapper of the transform.</summary>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => _mapping.GetRowToRowMapper(inputSchema);

    /// <summary>Adds the columns to <paramref name="input"/>, computed lazily as rows are read.</summary>
    public IDataView Transform(IDataView input) => _mapping.Transform(input);

    /// <summary>Not supported: the transform has no trained state; create it again from the catalog.</summary>
    void ICanSaveModel.Save(ModelSaveContext ctx) =>
        throw new NotSupportedException("NewsSummarizingTransformer has no trained state to save: create it again with mlContext.Transforms.Text.SummarizeNews(...).");

    /// <summary>The custom mapping that does the work, its columns renamed through schema definitions.</summary>
    internal static CustomMappingEstimator<ArticleRow, SummaryRow> CreateMapping(MLContext context, NewsSummaryColumns columns, SummaryOptions options, NewsPipeline pipeline)
    {
        var input = SchemaDefinition.Create(typeof(ArticleRow));
        input[nameof(ArticleRow.Text)].ColumnName = columns.Input;
        var output = SchemaDefinition.Create(typeof(SummaryRow));
        output[nameof(SummaryRow.Summary)].ColumnName = columns.Summary;
        output[nameof(SummaryRow.QuickLooks)].ColumnName = columns.QuickLooks;
        output[nameof(SummaryRow.Entities)].ColumnName = columns.Entities;
        return context.Transforms.CustomMapping<ArticleRow, SummaryRow>((row, result) => Map(pipeline, options, row, result), contractName: null, input, output);
    }

    private static void Map(NewsPipeline pipeline, SummaryOptions options, ArticleRow row, SummaryRow result)
    {
        if (string.IsNullOrWhiteSpace(row.Text))
        {
            result.Summary = "";
            result.QuickLooks = [];
            result.Entities = [];
            return;
        }
        var summary = pipeline.Summarize(row.Text, options);
        result.Summary = string.Join('\n', summary.Summary);
        result.QuickLooks = [.. summary.QuickLooks.Select(q => q.Label.Length > 0 ? $"{q.Label}: {q.Text}" : q.Text)];
        result.Entities = [.. summary.Entities.Select(e => $"{e.Text}|{e.Type.ToCode()}")];
    }

    /// <summary>The input row of the mapping (its column is renamed through a schema definition).</summary>
    public sealed class ArticleRow
    {
        /// <summary>The article.</summary>
        public string Text { get; set; } = "";
    }

    /// <summary>The output row of the mapping (its columns are renamed through a schema definition).</summary>
    public sealed class SummaryRow
    {
        /// <summary>The summary sentences joined by newlines.</summary>
        public string Summary { get; set; } = "";

        /// <summary>The Quick Looks as "Label: text".</summary>
        public string[] QuickLooks { get; set; } = [];

        /// <summary>The entities as "Text|TYPE".</summary>
        public string[] Entities { get; set; } = [];
    }
}
