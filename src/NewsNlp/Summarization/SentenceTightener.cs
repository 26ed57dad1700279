using System.Text;

namespace NewsNlp.Summarization;

/// <summary>
/// Shortens a bullet sentence where it is safe: drops a leading connective ("However,", "Meanwhile,"),
/// a trailing attribution (", officials said Tuesday"), and short parenthetical asides, keeping the
/// sentence grammatical. Quotes are left whole: cutting ", he said" after a quotation would strand it.
/// </summary>
internal static class SentenceTightener
{
    private const int MaxAttributionChunks = 8;
    private const int MaxAsideChunks = 12;

    /// <summary>The chunks kept, and the tightened text.</summary>
    public static (List<Chunk> Kept, string Text) Tighten(string text, List<Chunk> chunks)
    {
        var keep = new bool[chunks.Count];
        Array.Fill(keep, true);
        int n = chunks.Count;
        // Sentences too short to lose anything are left alone.
        if (n < 6) return (chunks, Join(text, chunks, keep, null));

        // Leading connective: "However, ..." / "Meanwhile, ...".
        int first = 0;
        if (chunks[0].HasWord && WordClasses.IsConnective(chunks[0].Hash) && chunks[0].Trailing(text).StartsWith(","))
        {
            keep[0] = false;
            first = 1;
        }
        // A bare "But" or "And" ties the sentence to the one before it; a bullet stands alone ("But for …" stays).
        else if (chunks[0].Start == chunks[0].WordStart && chunks[0].Word(text) is "But" or "And" && chunks[0].Trailing(text).IsEmpty
            && chunks[1].HasWord && chunks[1].Word(text) is not ("for" or "then" or "yet" or "so"))
        {
            keep[0] = false;
            first = 1;
        }

        // Parenthetical asides: "(AP)", "(pictured)", "(about $5 million)".
        for (int i = first; i < n; i++)
        {
            if (!text.AsSpan(chunks[i].Start, chunks[i].End - chunks[i].Start).StartsWith("(")) continue;
            int close = -1;
            for (int j = i; j < n && j - i < MaxAsideChunks; j++)
                if (text.AsSpan(chunks[j].Start, chunks[j].End - chunks[j].Start).Contains(')')) { close = j; break; }
            // Only asides inside the sentence, with punctuation after them kept by the previous chunk.
            if (close < 0 || i == first || close == n - 1) continue;
            var after = text.AsSpan(chunks[close].Start, chunks[close].End - chunks[close].Start);
            after = after[(after.IndexOf(')') + 1)..];
            if (after.Length > 0 && after.IndexOfAny(",;:") < 0) continue;
            for (int j = i; j <= close; j++) keep[j] = false;
            i = close;
        }

        // Trailing attribution: "..., officials said Tuesday." / "..., according to the ministry."
        string? ending = null;
        bool quoted = chunks.Any(c => text.AsSpan(c.Start, c.End - c.Start).IndexOfAny("\"\u201C\u201D") >= 0);
        if (!quoted)
        {
            for (int comma = n - 2; comma >= first + 5 && n - 1 - comma <= MaxAttributionChunks; comma--)
            {
                if (!keep[comma] || !chunks[comma].Trailing(text).StartsWith(",")) continue;
                if (!IsTrailingAttribution(text, chunks, comma + 1, n)) break;
                for (int j = comma + 1; j < n; j++) keep[j] = false;
                var last = text.AsSpan(chunks[n - 1].WordEnd, chunks[n - 1].End - chunks[n - 1].WordEnd);
                ending = last.IndexOfAny(".!?") >= 0 ? last.ToString().Trim() : ".";
                break;
            }
        }

        var kept = new List<Chunk>(n);
        for (int i = 0; i < n; i++) if (keep[i]) kept.Add(chunks[i]);
        return (kept, Join(text, chunks, keep, ending));
    }

    // ", officials said Tuesday." / ", the ministry said in a statement." / ", according to the council.":
    // a short subject, the verb of saying, and at most a time or place after it; never a reported clause.
    private static bool IsTrailingAttribution(string text, List<Chunk> chunks, int from, int n)
    {
        if (chunks[from].Word(text) is "according") return n - from <= 6;
        int verb = -1;
        for (int j = from; j < n; j++)
        {
            if (j < n - 1 && chunks[j].Trailing(text).IndexOfAny(",;:") >= 0) return false;
            if (WordClasses.IsAttributionVerb(chunks[j].Hash) && verb < 0) verb = j;
        }
        if (verb < 0 || verb == from || verb - from > 4 || n - 1 - verb > 3) return false;
        if (verb + 1 < n && (WordClasses.IsArticle(chunks[verb + 1].Hash) || chunks[verb + 1].Word(text) is "that" or "it" or "they" or "he" or "she")) return false;
        return true;
    }

    private static string Join(string text, List<Chunk> chunks, bool[] keep, string? ending)
    {
        var sb = new StringBuilder();
        int lastKept = -1;
        for (int i = 0; i < chunks.Count; i++) if (keep[i]) lastKept = i;
        bool capitalizeNext = !keep[0];
        for (int i = 0; i < chunks.Count; i++)
        {
            if (!keep[i]) continue;
            var c = chunks[i];
            // Punctuation after a dropped aside belongs to the previous word ("Tijuana (AP), said" → "Tijuana, said").
            if (i > 0 && !keep[i - 1] && sb.Length > 0 && RemovedTrailingPunctuation(text, chunks, keep, i) is { } carried && carried.Length > 0)
                sb.Append(carried);
            // Neighbours keep the text between them ("frontier—primarily" stays glued); a gap gets one space.
            if (sb.Length > 0) sb.Append(i > 0 && keep[i - 1] ? text.AsSpan(chunks[i - 1].End, c.Start - chunks[i - 1].End) : " ");
            int start = sb.Length;
            if (i == lastKept && ending is not null)
            {
                sb.Append(text, c.Start, c.WordEnd - c.Start).Append(ending);
            }
            else sb.Append(text, c.Start, c.End - c.Start);
            if (capitalizeNext)
            {
                int k = start;
                while (k < sb.Length && !char.IsLetterOrDigit(sb[k])) k++;
                if (k < sb.Length) sb[k] = char.ToUpperInvariant(sb[k]);
                capitalizeNext = false;
            }
        }
        // An abbreviation's period is the sentence's period: "exports to the U.S.." → "exports to the U.S."
        // (an ellipsis "..." stays).
        if (sb.Length >= 3 && sb[^1] == '.' && sb[^2] == '.' && sb[^3] != '.') sb.Length--;
        // A stop set apart where flattened copy lost a link or a photo ("… about love and life .") closes up.
        if (sb.Length >= 3 && sb[^1] == '.' && sb[^2] == ' ' && sb[^3] != ' ') sb.Remove(sb.Length - 2, 1);
        // The bullet mark of a list flattened into the text ("• Norway sent 5,000 troops") is the Quick Look's own; runs of
        // spaces left by removed links are one.
        if (sb.Length > 0 && sb[0] is '\u2022' or '\u25AA' or '\u25CF' or '\u2023')
        {
            int marks = 1;
            while (marks < sb.Length && sb[marks] == ' ') marks++;
            if (marks < sb.Length) sb.Remove(0, marks);
        }
        for (int i = sb.Length - 1; i > 0; i--) if (sb[i] == ' ' && sb[i - 1] == ' ') sb.Remove(i, 1);
        return sb.ToString();
    }

    // The ",", ";" or ":" that followed a removed run of chunks (its closing parenthesis chunk).
    private static string? RemovedTrailingPunctuation(string text, List<Chunk> chunks, bool[] keep, int next)
    {
        int j = next - 1;
        var raw = text.AsSpan(chunks[j].Start, chunks[j].End - chunks[j].Start);
        int close = raw.LastIndexOf(')');
        if (close < 0) return null;
        var after = raw[(close + 1)..];
        // The leading connective's comma is never carried.
        int k = j;
        while (k >= 0 && !keep[k]) k--;
        if (k < 0) return null;
        return after.ToString();
    }
}
