namespace NewsNlp.Cleaning;

/// <summary>Segments text used as-is: paragraphs are the blocks between blank lines, trimmed of whitespace.</summary>
internal static class RawSegmenter
{
    public static CleanedArticle Segment(string input)
    {
        var paragraphs = new List<Paragraph>();
        int i = 0, n = input.Length;
        while (i < n)
        {
            while (i < n && char.IsWhiteSpace(input[i])) i++;
            if (i >= n) break;
            int start = i, lastNonSpace = i;
            while (i < n)
            {
                if (input[i] == '\n' && IsBlankLineAhead(input, i + 1)) break;
                if (!char.IsWhiteSpace(input[i])) lastNonSpace = i;
                i++;
            }
            paragraphs.Add(new Paragraph(start, lastNonSpace + 1, ParagraphKind.Body));
        }
        return new CleanedArticle(input, input, OffsetMap.Identity, null, Byline.Empty, paragraphs, [], null, []);
    }

    // True when the line starting at i holds only whitespace (or the text ends).
    private static bool IsBlankLineAhead(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}
