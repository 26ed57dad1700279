using System.Diagnostics;
using System.Text;
using NewsNlp.Cleaning;

namespace NewsNlp.Tests.Cleaning;

public class HtmlNestingTests
{
    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>Port Reopens</title></head><body>{body}</body></html>";

    [Fact]
    public void An_ordinary_page_comes_back_as_the_same_string()
    {
        var body = new StringBuilder("<article><h1>Port Reopens</h1><ul>");
        // Thousands of tags, unclosed paragraphs and list items (closed by the next one), a script full of markup.
        for (int i = 0; i < 2_000; i++) body.Append("<li><a href=\"/story?id=").Append(i).Append("&x=>\">Story</a>");
        body.Append("</ul>");
        for (int i = 0; i < 2_000; i++) body.Append("<p>The harbour <b>reopened</b> on Monday, officials said.");
        body.Append("<script>var s = '").Append(string.Concat(Enumerable.Repeat("<div>", 1_000))).Append("';</script></article>");
        string html = Page(body.ToString());

        Assert.Same(html, HtmlNesting.Bound(html));
    }

    [Fact]
    public void Tags_past_the_limit_are_blanked_and_the_text_keeps_its_offsets()
    {
        string html = Page(string.Concat(Enumerable.Repeat("<div class=\"x\">", 600)) + "Deep text." + string.Concat(Enumerable.Repeat("</div>", 600)) + "<p>After.</p>");

        string bounded = HtmlNesting.Bound(html, maxDepth: 100);

        Assert.Equal(html.Length, bounded.Length);
        Assert.Equal(html.IndexOf("Deep text.", StringComparison.Ordinal), bounded.IndexOf("Deep text.", StringComparison.Ordinal));
        // html, body and 98 divs stay open; the other 502 divs and their end tags are spaces.
        Assert.Equal(98, CountOf(bounded, "<div"));
        Assert.Equal(98, CountOf(bounded, "</div>"));
        Assert.Contains("<p>After.</p></body></html>", bounded);
    }

    [Fact]
    public void A_page_of_a_hundred_thousand_unclosed_divs_cleans_in_seconds()
    {
        // The parser checks the open elements on every start tag: this page took minutes before it was bounded.
        string html = Page("<h1>Port Reopens</h1>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>The harbour reopened on Monday after a week of repairs, officials said.</p>");

        var watch = Stopwatch.StartNew();
        var article = new ArticleCleaner().Clean(html, ArticleFormat.Html);
        watch.Stop();

        Assert.Equal("Port Reopens", article.Title);
        Assert.Contains("The harbour reopened on Monday", article.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    private static int CountOf(string s, string part)
    {
        int n = 0;
        for (int at = s.IndexOf(part, StringComparison.Ordinal); at >= 0; at = s.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
