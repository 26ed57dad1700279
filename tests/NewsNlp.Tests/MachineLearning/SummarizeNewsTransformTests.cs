using Microsoft.ML;
using Microsoft.ML.Data;
using NewsNlp.MachineLearning;
using NewsNlp.Tests.Batch;

namespace NewsNlp.Tests.MachineLearning;

public class SummarizeNewsTransformTests
{
    private sealed class Story
    {
        public string Id { get; set; } = "";
        public string Article { get; set; } = "";
    }

    [Fact]
    public void SummarizeNews_adds_summary_quick_looks_and_entity_columns_to_an_IDataView()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[]
        {
            new Story { Id = "harbor", Article = BatchFixtures.Articles[0] },
            new Story { Id = "rail", Article = BatchFixtures.Articles[1] },
            new Story { Id = "empty", Article = "" },
        });
        var estimator = ml.Transforms.Text.SummarizeNews("Summary", "Article", options: new SummaryOptions { Bullets = 2, Sentences = 1 });
        var transformed = estimator.Fit(data).Transform(data);

        var schema = transformed.Schema;
        Assert.Equal(TextDataViewType.Instance, schema["Summary"].Type);
        Assert.True(schema["SummaryQuickLooks"].Type is VectorDataViewType { ItemType: TextDataViewType });
        Assert.True(schema["SummaryEntities"].Type is VectorDataViewType { ItemType: TextDataViewType });
        Assert.NotNull(schema.GetColumnOrNull("Id"));

        var rows = ml.Data.CreateEnumerable<Row>(transformed, reuseRowObject: false).ToList();
        Assert.Equal(["harbor", "rail", "empty"], rows.Select(r => r.Id));
        var expected = NewsPipeline.CreateDefault().Summarize(BatchFixtures.Articles[1], new SummaryOptions { Bullets = 2, Sentences = 1 });
        Assert.Equal(string.Join('\n', expected.Summary), rows[1].Summary);
        Assert.Equal(expected.QuickLooks.Count, rows[1].SummaryQuickLooks.Length);
        Assert.InRange(rows[0].SummaryQuickLooks.Length, 1, 2);
        Assert.Equal("", rows[2].Summary);
        Assert.Empty(rows[2].SummaryQuickLooks);
    }

    [Fact]
    public void Missing_or_non_text_input_column_is_rejected_at_fit()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new Story { Id = "a", Article = "Text." } });
        Assert.Throws<ArgumentOutOfRangeException>(() => ml.Transforms.Text.SummarizeNews("Summary", "Body").Fit(data));
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Summary { get; set; } = "";
        public string[] SummaryQuickLooks { get; set; } = [];
        public string[] SummaryEntities { get; set; } = [];
    }
}
