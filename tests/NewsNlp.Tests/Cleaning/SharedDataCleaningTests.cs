using NewsNlp.Tests.Support;
using static NewsNlp.Tests.Cleaning.CleaningAssert;

namespace NewsNlp.Tests.Cleaning;

/// <summary>The seed article and the CNN/DailyMail corpus from ../shared (skipped where it is absent).</summary>
public class SharedDataCleaningTests
{
    [SkippableFact]
    public void Seed_article_cleans_to_its_story()
    {
        var article = Cleaner.Clean(File.ReadAllText(TestPaths.SharedDataFile("seed/border-deal.txt")));

        Assert.Equal("Mexico Sends National Guard to Border in Deal with Trump", article.Title);
        Assert.Equal("Mary Sidiqi", article.Byline.Author);
        Assert.Equal("Newslooks", article.Byline.Source);
        Assert.Equal("Washington DC", article.Byline.Dateline);

        Assert.EndsWith("Quick Looks", article.ExistingQuickLooksHeading);
        Assert.Equal(10, article.ExistingQuickLooks.Count);
        Assert.Equal("10,000 Troops Sent to Border", article.ExistingQuickLooks[0].Label);
        Assert.StartsWith("Mexico has deployed 10,000", article.ExistingQuickLooks[0].Text);
        Assert.Equal("Tariffs Delayed—But for How Long?", article.ExistingQuickLooks[8].Label);
        Assert.StartsWith("Trump agreed", article.ExistingQuickLooks[8].Text);
        Assert.All(article.ExistingQuickLooks, q => Assert.NotEqual("", q.Label));

        var body = Texts(article, ParagraphKind.Body);
        Assert.StartsWith("The Mexican National Guard and Army have arrived", body[0]);
        Assert.StartsWith("The coming months will determine", body[^1]);
        Assert.StartsWith("The Mexican National Guard and Army have arrived", article.Text);
        Assert.Contains("Trump’s Tariff Threats Force Mexico’s Hand", Texts(article, ParagraphKind.Heading));
        Assert.Contains("A Military Crackdown or a Political Show of Force?", Texts(article, ParagraphKind.Heading));
        Assert.Equal(4, Texts(article, ParagraphKind.ListItem).Length);
        Assert.EndsWith("(AP Photo/Christian Chavez)", Assert.Single(article.Captions));

        CaptionsFollowBody(article);
        foreach (var chrome in new[] { "More on US News", "Mexico Sends Mexico Sends", "Previous Article", "Gaza", "How useful", "Click on a star",
                     "Vote count", "No votes", "Latest News", "Menu", "Top Story", "Deep Look", "Quick Looks", "Newslooks", "AP Photo" })
            Assert.DoesNotContain(chrome, Body(article));
        WellFormed(article);
        MapsExactly(article);
    }

    [SkippableFact]
    public void Cnn_validation_bodies_survive_cleaning_intact()
    {
        string path = TestPaths.SharedDataFile("cnn_dailymail/cnndm_validation_first500.csv.gz");
        int checkedArticles = 0;
        foreach (string article in ReadArticleColumn(path))
        {
            var cleaned = Cleaner.Clean(article);
            // The body is one verbatim stretch of the article: only a header before it, only furniture after it.
            int at = cleaned.Map.ToInput(0);
            Assert.Equal(cleaned.Text, article.Substring(at, cleaned.Text.Length));
            Assert.True(at <= 80, $"header too long: {article[..at]}");
            Assert.True(article.Length - at - cleaned.Text.Length <= 400, "too much cut from the end");
            checkedArticles++;
        }
        Assert.Equal(500, checkedArticles);
    }

    // The article column, read by the library's own CSV reader (CsvHelper, gzip by extension).
    private static IEnumerable<string> ReadArticleColumn(string path)
    {
        using var reader = NewsNlp.Batch.BatchReader.Open(path, fields: new NewsNlp.Batch.BatchFields { Text = "article" });
        foreach (var record in reader) yield return record.Text ?? throw new InvalidDataException(record.Error);
    }
}
