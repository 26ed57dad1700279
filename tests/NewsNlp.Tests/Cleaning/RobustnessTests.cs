using System.Diagnostics;
using System.Text;
using static NewsNlp.Tests.Cleaning.CleaningAssert;

namespace NewsNlp.Tests.Cleaning;

/// <summary>Bad input never throws and gives sensible, well-formed results.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  \r\n ")]
    [InlineData("Menu\n\nLatest News\n\nShare this")]
    [InlineData("<html></html>")]
    [InlineData("<<<>>>")]
    [InlineData("\uD800 lone \uDC00 surrogates \u0000 and controls \u0001")]
    public void Degenerate_inputs_clean_to_well_formed_results(string input)
    {
        foreach (var format in new[] { ArticleFormat.Auto, ArticleFormat.Text, ArticleFormat.Html, ArticleFormat.Raw })
        {
            var article = Cleaner.Clean(input, format);
            WellFormed(article);
            Assert.Same(input, article.Input);
        }
    }

    [Fact]
    public void Only_chrome_gives_an_empty_body()
    {
        var article = Cleaner.Clean("Menu\n\nLatest News\n\nShare this\n\nSubscribe to our newsletter");
        Assert.Empty(article.Paragraphs);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void A_single_short_sentence_is_kept()
    {
        Assert.Equal("Polls close at 8 p.m.", Cleaner.Clean("Polls close at 8 p.m.").Text);
    }

    [Fact]
    public void Binary_junk_does_not_throw_and_is_not_taken_for_a_title()
    {
        var random = new Random(12345);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        string junk = Encoding.UTF8.GetString(bytes);

        var article = Cleaner.Clean(junk);

        Assert.Null(article.Title);
        WellFormed(article);
        Cleaner.Clean(junk, ArticleFormat.Html);
    }

    [Fact]
    public void A_five_megabyte_article_cleans_in_linear_time()
    {
        const string paragraph = "The council met again on Tuesday to discuss the budget, and members said a vote was likely next week. ";
        var sb = new StringBuilder("Budget Talks Drag On\n\n");
        while (sb.Length < 5_000_000) sb.Append(paragraph).Append(paragraph).Append("\n\n");
        string input = sb.ToString();

        var watch = Stopwatch.StartNew();
        var article = Cleaner.Clean(input);
        watch.Stop();

        Assert.Equal("Budget Talks Drag On", article.Title);
        Assert.True(article.Paragraphs.Count > 20_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        MapsExactly(article);
    }

    [Fact]
    public void A_five_megabyte_single_line_does_not_throw()
    {
        string input = "(CNN) -- " + new string('a', 2_500_000) + " " + new string('.', 2_500_000);
        var article = Cleaner.Clean(input);
        WellFormed(article);
    }

    [Fact]
    public void A_large_html_page_does_not_throw()
    {
        var sb = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 3_000; i++) sb.Append("<p>The council met again on Tuesday to discuss the budget, members said.</p><div class=\"ad\">Ad</div>");
        sb.Append("</article></body></html>");

        var article = Cleaner.Clean(sb.ToString());

        Assert.Equal(3_000, article.Paragraphs.Count);
    }
}
