using System.Text;

namespace NewsNlp.Cleaning;

/// <summary>
/// Appends the headline, standfirst, dateline and an existing bullet block's lines to the cleaned text as
/// <see cref="ParagraphKind.Header"/> paragraphs, each mapped to where the input has it word for word, so that the
/// entities they name get mentions with offsets. A line the input holds neither verbatim nor as decoded markup (put
/// together by the cleaner) is left out: it has no offsets to give.
/// </summary>
internal static class HeaderLines
{
    public static CleanedArticle Append(CleanedArticle article)
    {
        foreach (var paragraph in article.Paragraphs)
            if (paragraph.Kind == ParagraphKind.Header) return article;   // a plugged-in cleaner appended its own
        var lines = new List<string?> { article.Title, article.Standfirst, article.Byline.Dateline };
        foreach (var bullet in article.ExistingQuickLooks) { lines.Add(bullet.Label); lines.Add(bullet.Text); }
        StringBuilder? text = null;
        List<Paragraph>? paragraphs = null;
        var pieces = new OffsetMapBuilder();
        string input = article.Input;
        int from = 0;   // the lines are in page order: each is looked for after the one before, then anywhere
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            int at = Locate(input, line, from, verbatim: true);
            // A page may write it with references and tags between its characters ("W&oacute;jcik&rsquo;s").
            bool verbatim = at >= 0;
            if (!verbatim && (at = Locate(input, line, from, verbatim: false)) < 0) continue;
            text ??= new StringBuilder(article.Text, article.Text.Length + 256);
            paragraphs ??= [.. article.Paragraphs];
            if (text.Length > 0) text.Append("\n\n");
            int start = text.Length;
            text.Append(line);
            paragraphs.Add(new Paragraph(start, text.Length, ParagraphKind.Header));
            if (verbatim) pieces.Add(start, at, line.Length, line.Length);
            else HtmlOffsetAligner.AddPieces(input, at, line, 0, line.Length, start, pieces);
            from = at + line.Length;
        }
        return text is null ? article : article with { Text = text.ToString(), Paragraphs = paragraphs!, Map = article.Map.Append(pieces) };
    }

    // Where the input has the line: at or after `from` first, else starting before it (so no stretch is searched twice: a
    // page may be megabytes). Verbatim, or as decoded markup.
    private static int Locate(string input, string line, int from, bool verbatim)
    {
        int at = verbatim ? input.IndexOf(line, from, StringComparison.Ordinal) : HtmlOffsetAligner.Find(input, line, from, input.Length);
        if (at >= 0 || from == 0) return at;
        return verbatim ? input.IndexOf(line, 0, Math.Min(input.Length, from - 1 + line.Length), StringComparison.Ordinal)
            : HtmlOffsetAligner.Find(input, line, 0, from);
    }
}
