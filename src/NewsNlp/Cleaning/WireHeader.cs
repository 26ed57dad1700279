namespace NewsNlp.Cleaning;

/// <summary>
/// The metadata prefix of a wire or newspaper story's first paragraph: "LONDON, England (Reuters) --",
/// "(CNN)", "Tokyo (CNN)", "BERGEN, Norway --", Daily Mail's "By . Name . PUBLISHED: . date . | . UPDATED: . date .",
/// and dated digests ("March 10, 2015 ."). <see cref="Length"/> characters are metadata; the body starts after them.
/// </summary>
internal readonly record struct WireHeader(int Length, string? Dateline, string? Source, string? Author, string? Date)
{
    private const int MaxSegment = 80;

    /// <summary>Parses the header at the start of <paramref name="text"/>; Length is 0 when there is none.</summary>
    public static WireHeader Parse(ReadOnlySpan<char> text)
    {
        string? author = null, date = null, dateline = null, source = null;
        int pos = SkipSpaces(text, 0);
        pos = ParseDottedHeader(text, pos, ref author, ref date);
        pos = ParseDateline(text, pos, ref dateline, ref source);
        // Newspaper pages sometimes put the dotted byline after the dateline.
        if (author is null) pos = ParseDottedHeader(text, pos, ref author, ref date);
        return pos == 0 ? default : new WireHeader(pos, dateline, source, author, date);
    }

    // "By . Daily Mail Reporter . PUBLISHED: . 11:35 EST, 17 October 2013 . | . UPDATED: . 12:04 EST, 17 October 2013 ."
    private static int ParseDottedHeader(ReadOnlySpan<char> text, int pos, ref string? author, ref string? date)
    {
        int consumed = pos;
        if (!NextSegment(text, pos, out var first, out int next)) return pos;
        var firstText = text[first.Start..first.End];
        bool any = false;
        if (ChromeLexicon.FoldedEquals(firstText, "by"))
        {
            if (!NextSegment(text, next, out var name, out next) || !LooksLikeName(text[name.Start..name.End])) return pos;
            author = text[name.Start..name.End].ToString();
            consumed = next; any = true;
        }
        else if (ChromeLexicon.FoldedStartsWith(firstText, "by ") && LooksLikeName(firstText[3..]))
        {
            author = firstText[3..].Trim().ToString();
            consumed = next; any = true;
        }
        else if (BylineParser.TryParseDate(firstText, out var d) && first.End - first.Start <= 40)
        {
            // A digest's date line: "March 10, 2015 ."
            date = d; return next;
        }
        else if (!IsPublishedLabel(firstText)) return pos;

        int cursor = any ? consumed : pos;
        while (NextSegment(text, cursor, out var seg, out int after))
        {
            var s = text[seg.Start..seg.End];
            if (s is "|" || s.Length == 0) { cursor = after; consumed = after; continue; }
            if (author is not null && ChromeLexicon.FoldedStartsWith(s, "and ") && LooksLikeName(s[4..]))
            {
                author += " " + s.ToString(); cursor = after; consumed = after; continue;
            }
            if (IsPublishedLabel(s))
            {
                bool published = ChromeLexicon.FoldedStartsWith(s, "published");
                var inline = s[(s.IndexOf(':') + 1)..].Trim();
                if (inline.Length == 0)
                {
                    if (!NextSegment(text, after, out var value, out after)) break;
                    inline = text[value.Start..value.End];
                }
                if (published || date is null) date = inline.ToString();
                cursor = after; consumed = after; continue;
            }
            if (ChromeLexicon.FoldedStartsWith(s, "last updated at "))
            {
                int on = s.IndexOf(" on ", StringComparison.Ordinal);
                date ??= (on >= 0 ? s[(on + 4)..] : s[16..]).Trim().ToString();
                cursor = after; consumed = after; continue;
            }
            break;
        }
        return consumed;
    }

    private static bool IsPublishedLabel(ReadOnlySpan<char> s) =>
        (ChromeLexicon.FoldedStartsWith(s, "published") || ChromeLexicon.FoldedStartsWith(s, "updated")) && s.IndexOf(':') >= 0 && s.Length <= MaxSegment;

    // One " . "-separated segment of a dotted header; false when the text has no such separator nearby.
    private static bool NextSegment(ReadOnlySpan<char> text, int pos, out (int Start, int End) segment, out int next)
    {
        segment = default; next = pos;
        pos = SkipSpaces(text, pos);
        int limit = Math.Min(text.Length, pos + MaxSegment);
        for (int i = pos; i < limit; i++)
        {
            // A lone full stop between spaces (or at a segment's start): "By . Name ."
            if (text[i] == '.' && (i == pos || text[i - 1] == ' ') && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                int end = i;
                while (end > pos && text[end - 1] == ' ') end--;
                segment = (pos, end);
                next = SkipSpaces(text, i + 1);
                return true;
            }
        }
        return false;
    }

    // "LONDON, England (Reuters) --", "(CNN)", "Tokyo (CNN)", "WASHINGTON --".
    private static int ParseDateline(ReadOnlySpan<char> text, int pos, ref string? dateline, ref string? source)
    {
        if (pos >= text.Length) return pos;
        if (ParseReleaseDateline(text, pos, ref dateline, ref source) is int release and > 0) return release;
        if (ParseColonDateline(text, pos, ref dateline) is int colon and > 0) return colon;
        if (text[pos] == '(')
        {
            int after = ParseSourceInParentheses(text, pos, out var src);
            if (after > pos) source = src;
            return after;
        }
        // Scan a short capitalised place name up to " (" or " --".
        int limit = Math.Min(text.Length, pos + 60), words = 0;
        bool wordStart = true;
        for (int i = pos; i < limit; i++)
        {
            char c = text[i];
            if (c == ' ') { wordStart = true; continue; }
            if (c == '(' && i > pos && text[i - 1] == ' ')
            {
                // ("Ravipur, Aug 14 (PTI) Three people …": after a place and a date, the agency needs no dash.)
                var place = text[pos..i].Trim();
                var undated = WithoutDate(place);
                int after = ParseSourceInParentheses(text, i, out var src, dated: undated.Length < place.Length || EndsWithMonthDay(place));
                if (after == i || words == 0) return pos;
                dateline = undated.TrimEnd(',').ToString();
                source = src;
                return after;
            }
            if (IsDash(text, i, out int dashEnd) && i > pos && text[i - 1] == ' ')
            {
                var place = text[pos..i].Trim();
                if (words == 0 || words > 5 || !StartsWithUpperWord(place)) return pos;
                dateline = place.TrimEnd(',').ToString();
                return SkipSpaces(text, dashEnd);
            }
            if (wordStart)
            {
                wordStart = false; words++;
                // ("ZURICH, Oct 1 (Meridian) -": the day of a date after the place.)
                if (!(char.IsUpper(c) || char.IsAsciiDigit(c) && words > 2) || words > 6) return pos;
            }
            else if (!(char.IsLetter(c) || char.IsAsciiDigit(c) && char.IsAsciiDigit(text[i - 1]) || c is ',' or '.' or '\'' or '\u2019' or '-')) return pos;
        }
        return pos;
    }

    // "Ravipur, Aug 14": a place, a comma, a month and a day.
    private static bool EndsWithMonthDay(ReadOnlySpan<char> dateline)
    {
        int comma = dateline.LastIndexOf(',');
        if (comma <= 0) return false;
        var date = dateline[(comma + 1)..].Trim();
        int space = date.IndexOf(' ');
        return space > 0 && BylineParser.IsMonth(date[..space].TrimEnd('.')) && date[(space + 1)..] is { Length: 1 or 2 } day && char.IsAsciiDigit(day[0])
            && char.IsAsciiDigit(day[^1]);
    }

    // "ZURICH, Oct 1" → "ZURICH": the place without the date that follows it.
    private static ReadOnlySpan<char> WithoutDate(ReadOnlySpan<char> dateline)
    {
        int comma = dateline.LastIndexOf(',');
        return comma > 0 && (BylineParser.TryParseDate(dateline[(comma + 1)..], out _) || EndsWithMonthDay(dateline)) ? dateline[..comma] : dateline;
    }

    /// <summary>
    /// A press release's dateline: "AUSTIN, Texas, March 11, 2025 /PR Newswire/ --". The place, the date, the wire between
    /// slashes, a dash; the end of it, or 0.
    /// </summary>
    private static int ParseReleaseDateline(ReadOnlySpan<char> text, int pos, ref string? dateline, ref string? source)
    {
        var head = text[pos..Math.Min(text.Length, pos + 120)];
        int close = head.IndexOf("/ -", StringComparison.Ordinal);
        if (close < 0) close = head.IndexOf("/ \u2014", StringComparison.Ordinal);
        if (close < 0) return 0;
        int open = head[..close].LastIndexOf(" /", StringComparison.Ordinal);
        if (open < 0 || close - open - 2 is < 2 or > 30 || !char.IsUpper(head[open + 2])) return 0;
        var before = head[..open];
        int comma = before.IndexOf(',');
        if (comma <= 0 || !char.IsUpper(before[0]) || !BylineParser.TryParseDate(before[(comma + 1)..], out _) && !BylineParser.TryParseDate(before, out _))
            return 0;
        int end = close + 2;
        while (end < head.Length && head[end] is '-' or '\u2014' or '\u2013') end++;
        source = head[(open + 2)..close].ToString();
        // The place is what comes before the date: "AUSTIN, Texas".
        var place = before;
        for (int k = 0; k < before.Length; k++)
        {
            if (before[k] != ',') continue;
            var rest = before[(k + 1)..].TrimStart();
            int space = rest.IndexOf(' ');
            if (space > 0 && BylineParser.IsMonth(rest[..space].TrimEnd('.'))) { place = before[..k]; break; }
        }
        dateline = place.Trim().ToString();
        return SkipSpaces(text, pos + end);
    }

    /// <summary>
    /// A dateline closed by a colon, as South Asian papers write it: "MUMBAI: Sahyadri Motors on Tuesday …", "Devgarh: The
    /// municipal corporation …" (a place in capitals, one to three words, or in title case, one or two, not a label such as
    /// "UPDATE:", "Watch:" or "Bottom Line:"); the end of it, or 0.
    /// </summary>
    private static int ParseColonDateline(ReadOnlySpan<char> text, int pos, ref string? dateline)
    {
        var head = text[pos..Math.Min(text.Length, pos + 40)];
        int colon = head.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 3) return 0;
        var place = head[..colon];
        int words = 1;
        bool capitals = true;
        for (int i = 0; i < place.Length; i++)
        {
            char c = place[i];
            if (c == ' ') { words++; if (i + 1 < place.Length && !char.IsUpper(place[i + 1])) return 0; }
            else if (char.IsLower(c)) capitals = false;
            else if (!(char.IsUpper(c) || c is '-' or '.' or '\'')) return 0;
        }
        if (!char.IsUpper(place[0]) || words > (capitals ? 3 : 2) || IsLabel(place.ToString().ToUpperInvariant())) return 0;
        int after = colon + 2;
        if (after >= head.Length || !char.IsUpper(head[after])) return 0;
        dateline = place.ToString();
        return SkipSpaces(text, pos + after);
    }

    private static bool IsLabel(string word) => word is "UPDATE" or "UPDATED" or "BREAKING" or "EXCLUSIVE" or "WATCH" or "LIVE" or "PHOTOS"
        or "VIDEO" or "ANALYSIS" or "OPINION" or "EDITORIAL" or "CORRECTION" or "NOTE" or "EDITOR'S NOTE" or "READ MORE" or "RELATED"
        or "WARNING" or "SPOILER" or "REVIEW" or "INTERVIEW" or "Q" or "A" or "FACT CHECK" or "EXPLAINER" or "BACKGROUND" or "CONTEXT"
        or "SUMMARY" or "HIGHLIGHTS" or "SOURCE" or "SOURCES" or "PHOTO" or "IMAGE" or "CREDIT" or "CAPTION" or "TRANSCRIPT" or "TIMELINE"
        or "DISCLAIMER" or "ALSO READ" or "DEAR" or "STORY" or "MORE" or "FLASHBACK" or "QUESTION" or "ANSWER" or "KEY POINTS"
        or "BOTTOM LINE" or "BIG PICTURE" or "VERDICT" or "OVERVIEW" or "EPILOGUE" or "PROLOGUE" or "POSTSCRIPT" or "ADVERTISEMENT"
        or "SPONSORED" or "TRIGGER WARNING" or "CONTENT WARNING" or "CLARIFICATION" or "ANNOUNCEMENT" or "NOTICE" or "ALERT";

    private static int ParseSourceInParentheses(ReadOnlySpan<char> text, int open, out string? source, bool dated = false)
    {
        source = null;
        int close = -1;
        for (int i = open + 1; i < Math.Min(text.Length, open + 40); i++)
        {
            char c = text[i];
            if (c == ')') { close = i; break; }
            // (A station may carry its channel: "(News 9)".)
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '&' or '-' or '\'')) return open;
        }
        if (close <= open + 1) return open;
        var inner = text[(open + 1)..close].Trim();
        if (inner.Length == 0 || !char.IsUpper(inner[0])) return open;
        int words = 1;
        for (int i = 1; i < inner.Length; i++)
            if (inner[i] == ' ')
            {
                words++;
                if (i + 1 < inner.Length && !char.IsUpper(inner[i + 1]) && !char.IsDigit(inner[i + 1])) return open;
            }
        if (words > 4) return open;
        int after = close + 1;
        if (after >= text.Length) return open;
        int next = SkipSpaces(text, after);
        if (next < text.Length && IsDash(text, next, out int dashEnd)) after = SkipSpaces(text, dashEnd);
        else if (next == after && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '"' or '\u201C' or '\'' or '\u2018')) { }
        else if (next > after && next < text.Length && char.IsUpper(text[next]) && words <= 2 && (open == 0 || dated)) after = next;
        else return open;
        source = inner.ToString();
        return after;
    }

    // "--", "—", "–" or "-" followed by a space.
    private static bool IsDash(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        if (text[i] == '-' && i + 1 < text.Length && text[i + 1] == '-') end = i + 2;
        else if (text[i] is '\u2014' or '\u2013' or '-') end = i + 1;
        else return false;
        return end == text.Length || text[end] == ' ';
    }

    private static bool StartsWithUpperWord(ReadOnlySpan<char> place)
    {
        // Datelines without a source are written in capitals: "BERGEN, Norway --", "LYON. France --".
        int letters = 0;
        foreach (char c in place)
        {
            if (c is ' ' or ',' or '.') break;
            if (!char.IsLetter(c) || !char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static bool LooksLikeName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > 60 || !char.IsUpper(name[0])) return false;
        int words = 1;
        foreach (char c in name)
        {
            if (c == ' ') words++;
            else if (char.IsDigit(c)) return false;
        }
        return words <= 8;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
