namespace NewsNlp.Cleaning;

/// <summary>
/// Finds page furniture glued to the end of the last paragraph, as in wire copy flattened to one line:
/// "… at age 50. E-mail to a friend . CNN's … contributed to this report." or "… Copyright 2007 Reuters. All rights reserved."
/// </summary>
internal static class TrailingChrome
{
    private const int Window = 500;

    private static readonly string[] Markers = ["e-mail to a friend", "email to a friend", "copyright ", "\u00a9", "all rights reserved"];

    /// <summary>The length of <paramref name="paragraph"/> without its trailing furniture (its full length when there is none).</summary>
    public static int BodyLength(ReadOnlySpan<char> paragraph)
    {
        int from = Math.Max(0, paragraph.Length - Window);
        for (int i = from; i < paragraph.Length; i++)
        {
            char c = paragraph[i];
            if (c is not ('E' or 'e' or 'C' or 'c' or '\u00a9' or 'A' or 'a')) continue;
            if (i > 0 && !IsSentenceGap(paragraph, i)) continue;
            foreach (var marker in Markers)
            {
                if (!ChromeLexicon.FoldedStartsWith(paragraph[i..], marker)) continue;
                // "Copyright holders argue…" is a sentence; "Copyright 2007 Reuters" and "Copyright © …" are not.
                if (marker == "copyright " && !IsFollowedByYearOrSymbol(paragraph[(i + marker.Length)..])) continue;
                int end = i;
                while (end > 0 && char.IsWhiteSpace(paragraph[end - 1])) end--;
                // Keep at least some body: a paragraph that is only furniture is dropped by the caller.
                return end;
            }
        }
        return paragraph.Length;
    }

    private static bool IsFollowedByYearOrSymbol(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] == '\u00a9' || rest[0] == '(');

    // The marker starts a sentence: after ". ", '." ', "! ", or a bare " . " separator.
    private static bool IsSentenceGap(ReadOnlySpan<char> text, int i)
    {
        int j = i - 1;
        if (j < 0 || !char.IsWhiteSpace(text[j])) return false;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        if (j < 0) return true;
        char c = text[j];
        if (c is '"' or '\u201D' or '\'' or '\u2019' or ')') { if (j == 0) return true; c = text[j - 1]; }
        return c is '.' or '!' or '?';
    }
}
