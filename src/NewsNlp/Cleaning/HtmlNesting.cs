namespace NewsNlp.Cleaning;

/// <summary>
/// Bounds how deep an HTML page nests before it reaches the parser, as browsers do (Chromium re-parents elements
/// past depth 512): tags deeper than the limit are blanked out with spaces, so the text and every offset stay
/// where they were. The parser's scope checks walk the open elements on every start tag, so a page of 100,000
/// unclosed divs took minutes; real pages nest a few dozen deep and come back as the same string.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Chromium's limit, far beyond any article page.</summary>
    public const int MaxDepth = 512;

    private static readonly string[] VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    // An open one of these is closed by the next of its kind (or, for cells and definitions, of its pair).
    private static readonly string[] SelfClosingSiblings = ["p", "li", "dt", "dd", "option", "tr", "td", "th", "rt", "rp", "optgroup", "thead", "tbody", "tfoot"];

    /// <summary>The page with every tag nested deeper than <paramref name="maxDepth"/> blanked; the same instance when none is.</summary>
    public static string Bound(string html, int maxDepth = MaxDepth)
    {
        if (html.AsSpan().Count('<') <= maxDepth) return html;
        var open = new List<(int Start, int Length)>();   // names of the open elements, as ranges of html
        Dictionary<string, int>? blanked = null;          // start tags blanked, by name: their end tags go too
        char[]? output = null;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            int tagStart = i;
            char next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                i = TagEnd(html, i + 2);
                continue;
            }
            bool isEnd = next == '/';
            int nameStart = isEnd ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;   // a "<" in text ("a < b")
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = TagEnd(html, nameEnd);
            bool blank;
            if (isEnd)
            {
                var pending = blanked?.GetAlternateLookup<ReadOnlySpan<char>>();
                if (pending is { } byName && byName.TryGetValue(name, out int count) && count > 0)
                {
                    byName[name] = count - 1;
                    blank = true;
                }
                else
                {
                    blank = false;
                    // Close up to the nearest open element of that name, if any is open.
                    for (int k = open.Count - 1; k >= 0; k--)
                        if (html.AsSpan(open[k].Start, open[k].Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                        {
                            open.RemoveRange(k, open.Count - k);
                            break;
                        }
                }
            }
            else
            {
                bool selfClosed = html[i - 1] == '>' && html[i - 2] == '/' && i - 2 >= nameEnd;
                bool hasEndTag = !selfClosed && !IsOneOf(name, VoidElements);
                if (open.Count > 0 && ClosesSibling(html.AsSpan(open[^1].Start, open[^1].Length), name)) open.RemoveAt(open.Count - 1);
                blank = open.Count >= maxDepth;
                if (blank && hasEndTag)
                {
                    var byName = (blanked ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();
                    byName[name] = byName.TryGetValue(name, out int count) ? count + 1 : 1;
                }
                else if (!blank && hasEndTag) open.Add((nameStart, nameEnd - nameStart));
                // Script, style and the like hold text, not tags, up to their end tag.
                if (IsOneOf(name, RawTextElements) && !selfClosed)
                {
                    int close = IndexOfEndTag(html, name, i);
                    if (close >= 0) i = close;
                }
            }
            if (blank)
            {
                output ??= html.ToCharArray();
                output.AsSpan(tagStart, i - tagStart).Fill(' ');
            }
        }
        return output is null ? html : new string(output);
    }

    /// <summary>Just past the tag's closing '&gt;' (quoted attribute values may hold one), or the end of the page.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return html.Length;
    }

    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        for (int at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
        return -1;
    }

    private static bool ClosesSibling(ReadOnlySpan<char> open, ReadOnlySpan<char> starting)
    {
        if (!IsOneOf(starting, SelfClosingSiblings)) return false;
        if (open.Equals(starting, StringComparison.OrdinalIgnoreCase)) return true;
        return IsCell(open) && IsCell(starting) || IsDefinition(open) && IsDefinition(starting);

        static bool IsCell(ReadOnlySpan<char> s) => s.Equals("td", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
        static bool IsDefinition(ReadOnlySpan<char> s) => s.Equals("dt", StringComparison.OrdinalIgnoreCase) || s.Equals("dd", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
