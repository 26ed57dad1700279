namespace NewsNlp.Tests.Cleaning;

/// <summary>Shared checks and accessors for cleaned articles.</summary>
internal static class CleaningAssert
{
    public static readonly IArticleCleaner Cleaner = new NewsNlp.Cleaning.ArticleCleaner();

    public static string[] Texts(CleanedArticle article, ParagraphKind? kind = null) =>
        [.. article.Paragraphs.Where(p => kind is null || p.Kind == kind).Select(p => article.Text.Substring(p.Start, p.Length))];

    /// <summary>The body (every paragraph but the captions placed after it), joined by blank lines.</summary>
    public static string Body(CleanedArticle article) =>
        string.Join("\n\n", article.Paragraphs.Where(p => p.Kind != ParagraphKind.Caption).Select(p => article.Text.Substring(p.Start, p.Length)));

    /// <summary>Captions come after the body, as Caption paragraphs holding exactly the reported captions.</summary>
    public static void CaptionsFollowBody(CleanedArticle article)
    {
        var kinds = article.Paragraphs.Select(p => p.Kind).ToArray();
        int firstCaption = Array.IndexOf(kinds, ParagraphKind.Caption);
        if (firstCaption >= 0) Assert.All(kinds[firstCaption..], k => Assert.Equal(ParagraphKind.Caption, k));
        Assert.Equal(article.Captions, Texts(article, ParagraphKind.Caption));
    }

    /// <summary>Paragraphs are ordered, in bounds, separated by blank lines, and never empty.</summary>
    public static void WellFormed(CleanedArticle article)
    {
        int previousEnd = -2;
        foreach (var p in article.Paragraphs)
        {
            Assert.InRange(p.Start, 0, article.Text.Length);
            Assert.InRange(p.End, p.Start + 1, article.Text.Length);
            Assert.True(p.Start >= previousEnd + 2, "paragraphs overlap or are not separated");
            previousEnd = p.End;
        }
        if (article.Paragraphs.Count > 0)
        {
            Assert.Equal(0, article.Paragraphs[0].Start);
            Assert.Equal(article.Text.Length, article.Paragraphs[^1].End);
        }
    }

    /// <summary>For plain text, every paragraph is copied verbatim: the map leads back to the same characters.</summary>
    public static void MapsExactly(CleanedArticle article)
    {
        foreach (var p in article.Paragraphs)
        {
            int at = article.Map.ToInput(p.Start);
            Assert.Equal(article.Text.Substring(p.Start, p.Length), article.Input.Substring(at, p.Length));
            int mid = p.Start + p.Length / 2;
            Assert.Equal(article.Text[mid], article.Input[article.Map.ToInput(mid)]);
        }
    }
}
