using System.Net;

namespace NewsNlp.Cleaning;

/// <summary>
/// Finds where each character of a block of decoded HTML text came from in the page: the block's text is the
/// element's text content with references decoded and whitespace collapsed, so one character of it may be
/// "&amp;eacute;", a run of spaces and line breaks, or sit after a tag. Walking the page from the element's
/// start, tags and comments are skipped, references decoded and whitespace runs matched to one space.
/// Linear in the block and the stretch of page it spans.
/// </summary>
internal static class HtmlOffsetAligner
{
    // Longest character reference looked for ("&CounterClockwiseContourIntegral;" is 33).
    private const int MaxReference = 40;

    // Longest tag or comment looked through: an unclosed one must not send every later block to the end of the page.
    private const int MaxMarkup = 1 << 16;

    /// <summary>
    /// Records in <paramref name="map"/> where <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>),
    /// copied to the cleaned text at <paramref name="cleanStart"/>, came from in <paramref name="input"/>, reading
    /// the page from <paramref name="inputStart"/>. Where the page stops matching (text the parser made up), the
    /// rest of the block follows its last piece: best effort, never an exception. Returns whether the page matched
    /// the whole block; with a null <paramref name="map"/>, only that is found out.
    /// </summary>
    public static bool AddPieces(string input, int inputStart, string text, int start, int end, int cleanStart, OffsetMapBuilder? map)
    {
        int i = Math.Clamp(inputStart, 0, input.Length), j = start;
        while (j < end && i < input.Length)
        {
            char c = input[i];
            if (c == '<' && IsMarkupStart(input, i))
            {
                int close = string.CompareOrdinal(input, i, "<!--", 0, 4) == 0 ? CommentEnd(input, i) : TagEnd(input, i);
                if (close < 0) break;
                i = close + 1;
            }
            else if (c == '&' && TryDecode(input, i, text, j, out string decoded, out int length))
            {
                if (decoded.Length == 1 && IsCollapsed(decoded[0]))
                {
                    // "&nbsp;" is whitespace like any other.
                    if (text[j] == ' ') Record(map, cleanStart + (j++ - start), i, 1, length);
                }
                else
                {
                    if (j + decoded.Length > end || string.CompareOrdinal(text, j, decoded, 0, decoded.Length) != 0) break;
                    Record(map, cleanStart + (j - start), i, decoded.Length, length);
                    j += decoded.Length;
                }
                i += length;
            }
            else if (IsCollapsed(c))
            {
                // A run of whitespace, or a zero-width mark, became one space (or nothing at the block's edges).
                int run = i, space = -1;
                for (; i < input.Length && IsCollapsed(input[i]); i++)
                    if (space < 0 && char.IsWhiteSpace(input[i])) space = i;
                if (text[j] == ' ') Record(map, cleanStart + (j++ - start), space >= 0 ? space : run, 1, 1);
            }
            else if (c == text[j]) Record(map, cleanStart + (j++ - start), i++, 1, 1);
            else if (text[j] == ' ') Record(map, cleanStart + (j++ - start), i, 1, 0);   // a space the parser made of a tag ("line<br>Then"): no character of the page
            else break;
        }
        // Whatever could not be matched follows on from where matching stopped.
        if (j < end) Record(map, cleanStart + (j - start), Math.Min(i, input.Length), end - j, end - j);
        return j >= end;
    }

    /// <summary>
    /// Where the page holds <paramref name="text"/> as decoded text (references decoded, whitespace collapsed, tags
    /// between its characters skipped), starting at <paramref name="from"/> or later and before <paramref name="until"/>:
    /// a headline the page writes as "W&amp;oacute;jcik&amp;rsquo;s …"; -1 when nowhere.
    /// </summary>
    public static int Find(string input, string text, int from, int until)
    {
        if (text.Length == 0) return -1;
        for (int i = Math.Max(from, 0); i < Math.Min(until, input.Length); i++)
            if ((input[i] == text[0] || input[i] == '&') && AddPieces(input, i, text, 0, text.Length, 0, null)) return i;
        return -1;
    }

    // A method, not `map?.Add(…)`: the arguments advance the walk and must run even when nothing is recorded.
    private static void Record(OffsetMapBuilder? map, int clean, int input, int cleanLength, int inputLength) =>
        map?.Add(clean, input, cleanLength, inputLength);

    private static bool IsCollapsed(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    // "<p", "</p", "<!--", "<!DOCTYPE", "<?xml": markup; "a < b" is text, as parsers read it.
    private static bool IsMarkupStart(string input, int at) =>
        at + 1 < input.Length && (char.IsAsciiLetter(input[at + 1]) || input[at + 1] is '/' or '!' or '?');

    // The '>' that closes a tag, past any inside quoted attribute values (title="a > b").
    private static int TagEnd(string input, int at)
    {
        char quote = '\0';
        int limit = (int)Math.Min(input.Length, (long)at + MaxMarkup);
        for (int k = at + 1; k < limit; k++)
        {
            char c = input[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'' && input.AsSpan(at, k - at).TrimEnd().EndsWith('=')) quote = c;   // title = "a > b"
            else if (c == '>') return k;
        }
        return -1;
    }

    private static int CommentEnd(string input, int at)
    {
        int from = Math.Min(input.Length, at + 4);
        int close = input.AsSpan(from, (int)Math.Min(input.Length - from, MaxMarkup)).IndexOf("-->", StringComparison.Ordinal);
        return close < 0 ? -1 : from + close + 2;
    }

    // "&amp;", "&#233;", "&#xE9;": a well-formed reference, decoded. Without its ";" ("&amp staff", "Caf&eacute owners")
    // the parser still decodes the old named ones: the longest name whose character is what the text has there.
    // Anything else is text.
    private static bool TryDecode(string input, int at, string text, int j, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        int limit = Math.Min(input.Length, at + MaxReference);
        int k = at + 1;
        while (k < limit && (char.IsAsciiLetterOrDigit(input[k]) || input[k] == '#')) k++;
        if (k == at + 1) return false;
        if (k < limit && input[k] == ';')
        {
            string reference = input.Substring(at, k + 1 - at);
            string whole = WebUtility.HtmlDecode(reference);
            if (whole.Length > 0 && whole != reference) { (decoded, length) = (whole, reference.Length); return true; }
            // "&notit;" is "¬" then "it;", as the parser reads it: try the shorter names below.
        }
        for (int end = k; end > at + 2; end--)
        {
            string reference = string.Concat(input.AsSpan(at, end - at), ";");
            string candidate = WebUtility.HtmlDecode(reference);
            if (candidate == reference || candidate.Length == 0) continue;
            // ("&nbsp" without its ";" is whitespace, which the text holds as a space or not at all.)
            bool whitespace = candidate.Length == 1 && IsCollapsed(candidate[0]);
            if (!whitespace && string.CompareOrdinal(text, j, candidate, 0, candidate.Length) != 0) continue;
            (decoded, length) = (candidate, end - at);
            return true;
        }
        return false;
    }
}
