namespace NewsNlp.Cleaning;

/// <summary>
/// Splits plain text (often copied from a web page) into blocks: one per line, trimmed, bullet markers
/// removed into <see cref="BlockHint.ListItem"/>, hard-wrapped lines of one paragraph joined. One linear scan;
/// blocks are ranges of the input, so every offset maps back exactly.
/// </summary>
internal static class PlainTextReader
{
    // A bullet line longer than this is running text that happens to start with "1." or "-".
    private const int MaxBulletLength = 600;

    public static List<SourceBlock> Read(string input)
    {
        var blocks = new List<SourceBlock>(Math.Min(1024, input.Length / 60 + 4));
        bool hardWrapped = IsHardWrapped(input);
        int i = 0, n = input.Length;
        bool blankBefore = true;
        while (i < n)
        {
            int lineStart = i;
            int lineBreak = input.AsSpan(i).IndexOfAny('\n', '\r');
            i = lineBreak < 0 ? n : i + lineBreak;
            int lineEnd = i;
            if (i < n && input[i] == '\r' && i + 1 < n && input[i + 1] == '\n') i++;
            if (i < n) i++;

            int s = lineStart, e = lineEnd;
            while (s < e && IsSpace(input[s])) s++;
            while (e > s && IsSpace(input[e - 1])) e--;
            if (s == e) { blankBefore = true; continue; }

            var hint = BlockHint.None;
            int marker = BulletMarkerLength(input.AsSpan(s, e - s));
            if (marker > 0 && e - s <= MaxBulletLength)
            {
                hint = BlockHint.ListItem;
                s += marker;
                while (s < e && IsSpace(input[s])) s++;
            }

            if (!blankBefore && blocks.Count > 0 && IsContinuation(blocks[^1], input, s, e, hint, hardWrapped))
                blocks[^1] = blocks[^1] with { End = e };
            else
                blocks.Add(new SourceBlock(input, s, e, s, hint));
            blankBefore = false;
        }
        return blocks;
    }

    /// <summary>
    /// True when the text is wrapped at a fixed width, as e-mail and terminal copy are: no line runs past 120
    /// characters, and sentences visibly run on from one line to the next in lower case at least twice. Text copied
    /// from a web page keeps each paragraph on one line, so there a line that stops without a stop before a capitalised
    /// one is a headline, a standfirst or a bullet ("Berlin to test all-night subway service"), not half a sentence,
    /// however short the page's paragraphs.
    /// </summary>
    private static bool IsHardWrapped(string input)
    {
        int runOns = 0;
        bool previousOpen = false;   // the previous line is long and stops mid-sentence
        foreach (var raw in input.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.Length > 120) return false;
            if (previousOpen && line.Length > 0 && char.IsLower(line[0])) runOns++;
            previousOpen = line.Length >= 40 && (char.IsLetterOrDigit(line[^1]) || line[^1] == ',');
        }
        return runOns >= 2;
    }

    // A hard-wrapped paragraph: the previous line is prose that stops mid-sentence and this line carries on.
    private static bool IsContinuation(SourceBlock previous, string input, int s, int e, BlockHint hint, bool hardWrapped)
    {
        if (hint == BlockHint.ListItem || previous.Hint == BlockHint.Caption) return false;
        // "by Nadia Brooks, Metro 8 News" under the headline starts in lower case but carries nothing on.
        if (BylineParser.TryParseByLine(input.AsSpan(s, e - s), out _)) return false;
        var prev = previous.Span;
        char last = prev[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or ')' or '\'' or '\u2019' or '…') return false;
        var features = LineFeatures.Of(prev);
        if (features.Words < 6) return false;
        char first = input[s];
        if (char.IsLower(first) || last == ',') return true;
        // Both lines long and the previous one reads as prose, not a headline, in text wrapped at a fixed width.
        return hardWrapped && prev.Length >= 50 && e - s >= 20 && features.TitleCaseRatio < 0.6;
    }

    /// <summary>Length of a leading bullet ("• ", "- ", "* ", "– ", "1. ", "2) "), or 0.</summary>
    public static int BulletMarkerLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return 0;
        char c = line[0];
        if (c is '•' or '●' or '▪' or '◦' or '‣' or '∙' or '·' or '○' or '■' or '□' or '►' or '▶' or '✓' or '✔' or '➤' or '→')
            return 1;
        if (c is '-' or '*' or '+' or '\u2013' or '\u2014')
            return line[1] is ' ' or '\t' or '\u00A0' ? 1 : 0;
        int d = 0;
        while (d < line.Length && d < 3 && char.IsAsciiDigit(line[d])) d++;
        if (d is > 0 and <= 2 && d + 1 < line.Length && line[d] is '.' or ')' && line[d + 1] == ' ')
            return d + 1;
        return 0;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200E' or '\u200F' || char.IsControl(c);
}
