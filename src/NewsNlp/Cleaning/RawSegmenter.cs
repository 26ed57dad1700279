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
            // Jump from line break to line break (a vectorized search) to the first one before a blank line.
            int start = i, end = n;
            for (int k = i; ;)
            {
                int lineBreak = input.AsSpan(k).IndexOf('\n');
                if (lineBreak < 0) break;
                k += lineBreak;
                if (IsBlankLineAhead(input, k + 1)) { end = k; break; }
                k++;
            }
            int lastNonSpace = end - 1;
            while (char.IsWhiteSpace(input[lastNonSpace])) lastNonSpace--;   // stops at start at the latest
            i = end;
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
