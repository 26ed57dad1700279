namespace NewsNlp.Cleaning;

/// <summary>Decides whether an input is an HTML page or text, by looking for markup near its start.</summary>
internal static class ArticleFormatDetector
{
    private const int ScanLength = 16 * 1024;

    private static readonly string[] CommonTags =
    [
        "html", "head", "body", "div", "p", "article", "span", "a", "br", "h1", "h2", "h3", "ul", "li", "script",
        "meta", "section", "main", "title", "img", "figure", "time", "nav", "header", "footer", "!doctype",
    ];

    /// <summary><see cref="ArticleFormat.Html"/> when the input looks like markup, else <see cref="ArticleFormat.Text"/>.</summary>
    public static ArticleFormat Detect(string input)
    {
        var head = input.AsSpan(0, Math.Min(input.Length, ScanLength));
        var trimmed = head.TrimStart();
        if (trimmed.StartsWith("\uFEFF")) trimmed = trimmed[1..].TrimStart();
        if (ChromeLexicon.FoldedStartsWith(trimmed, "<!doctype html") || ChromeLexicon.FoldedStartsWith(trimmed, "<html"))
            return ArticleFormat.Html;
        int tags = 0;
        for (int i = head.IndexOf('<'); i >= 0 && i + 1 < head.Length; )
        {
            if (IsKnownTag(head[(i + 1)..])) tags++;
            int next = head[(i + 1)..].IndexOf('<');
            if (next < 0) break;
            i += next + 1;
        }
        // A page fragment starting with markup, or text carrying a lot of it.
        return (trimmed.Length > 0 && trimmed[0] == '<' && tags >= 2) || tags >= 6 ? ArticleFormat.Html : ArticleFormat.Text;
    }

    private static bool IsKnownTag(ReadOnlySpan<char> afterBracket)
    {
        if (afterBracket.Length > 0 && afterBracket[0] == '/') afterBracket = afterBracket[1..];
        foreach (var tag in CommonTags)
        {
            if (!ChromeLexicon.FoldedStartsWith(afterBracket, tag)) continue;
            if (afterBracket.Length == tag.Length) return true;
            char c = afterBracket[tag.Length];
            if (c is '>' or ' ' or '/' or '\t' or '\n' or '\r') return true;
        }
        return false;
    }
}
