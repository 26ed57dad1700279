namespace NewsNlp.Summarization;

/// <summary>
/// Picks the best-scoring sentences without repeating content: a sentence sharing a word trigram with one
/// already picked is skipped (trigram blocking), and very short fragments are passed over while longer
/// ones remain. The result is in document order.
/// </summary>
internal static class SentenceSelector
{
    /// <summary>Fewest words a picked sentence should have when enough longer ones exist.</summary>
    public const int MinWords = 5;

    /// <summary>Fewest words a bullet needs unless the article has nothing longer.</summary>
    public const int MinFragmentWords = 3;

    /// <summary>What counts as repeating a sentence already picked.</summary>
    public enum Redundancy
    {
        /// <summary>Sharing any word trigram (strict: for bullets, which must each say something new).</summary>
        Trigram,
        /// <summary>TF-IDF cosine above <see cref="NearDuplicateCosine"/> (lenient: for the summary, where overlap costs little).</summary>
        NearDuplicate,
    }

    /// <summary>Cosine similarity above which two sentences say the same thing.</summary>
    public const float NearDuplicateCosine = 0.6f;

    /// <summary>Indexes of up to <paramref name="count"/> sentences, in document order.</summary>
    /// <param name="terms">The article.</param>
    /// <param name="scores">A score per sentence.</param>
    /// <param name="count">How many to pick.</param>
    /// <param name="redundancy">How repetition is detected.</param>
    /// <param name="eligible">Optional filter (e.g. bullets skip questions); null admits every sentence.</param>
    /// <param name="nearDuplicateCosine">The cosine threshold of <see cref="Redundancy.NearDuplicate"/>.</param>
    /// <param name="never">Optional: sentences never picked, however few the others (site lines).</param>
    public static int[] Select(ArticleTerms terms, double[] scores, int count, Redundancy redundancy = Redundancy.Trigram, Func<int, bool>? eligible = null,
        float nearDuplicateCosine = NearDuplicateCosine, Func<int, bool>? never = null)
    {
        int n = scores.Length;
        if (count <= 0 || n == 0) return [];
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Stable by index, so ties resolve to the earlier sentence: deterministic.
        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));

        var picked = new List<int>(count);
        var trigrams = EmptyTrigramSet();
        // Pass 1: full-length, non-redundant sentences; pass 2 relaxes length, pass 3 redundancy.
        for (int pass = 0; pass < 3 && picked.Count < count; pass++)
        {
            foreach (int s in order)
            {
                if (picked.Count >= count) break;
                if (picked.Contains(s) || never is not null && never(s)) continue;
                if (eligible is not null && !eligible(s) && pass < 2) continue;
                if (pass == 0 && terms.WordCount[s] < MinWords) continue;
                if (terms.WordCount[s] == 0) continue;
                if (pass < 2 && (redundancy == Redundancy.Trigram ? SharesTrigram(terms, s, trigrams) : NearDuplicate(terms, s, picked, nearDuplicateCosine))) continue;
                picked.Add(s);
                AddTrigrams(terms, s, trigrams);
            }
        }
        picked.Sort();
        return [.. picked];
    }

    /// <summary>
    /// Bullets: like <see cref="Select"/> with trigram blocking, but the first pass takes at most one sentence
    /// per paragraph, so the bullets walk through the whole story rather than its opening paragraph.
    /// </summary>
    public static int[] SelectSpread(ArticleTerms terms, double[] scores, int count, Func<int, bool> eligible, Func<int, bool>? never = null)
    {
        int n = scores.Length;
        if (count <= 0 || n == 0) return [];
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var sentences = terms.Document.SentenceSpan;
        var picked = new List<int>(count);
        var usedParagraphs = new HashSet<int>();
        var trigrams = EmptyTrigramSet();
        bool anyLonger = false;
        for (int s = 0; s < n; s++) anyLonger |= terms.WordCount[s] >= MinFragmentWords;
        for (int pass = 0; pass < 4 && picked.Count < count; pass++)
        {
            foreach (int s in order)
            {
                if (picked.Count >= count) break;
                if (picked.Contains(s) || terms.WordCount[s] == 0 || never is not null && never(s)) continue;
                // A one- or two-word line ("TRANSCRIPT .", "ROLL CALL .") is no bullet: fewer bullets read better,
                // though an article of nothing else still gets one.
                if (terms.WordCount[s] < MinFragmentWords && anyLonger) continue;
                if (pass == 0 && usedParagraphs.Contains(sentences[s].Paragraph)) continue;
                if (pass < 2 && !eligible(s)) continue;
                if (pass < 3 && SharesTrigram(terms, s, trigrams)) continue;
                picked.Add(s);
                usedParagraphs.Add(sentences[s].Paragraph);
                AddTrigrams(terms, s, trigrams);
            }
        }
        picked.Sort();
        return [.. picked];
    }

    [ThreadStatic] private static HashSet<long>? t_trigrams;

    // This thread's trigram set, emptied: one per selection would grow (and reallocate) from nothing every time.
    private static HashSet<long> EmptyTrigramSet()
    {
        var set = t_trigrams;
        // Emptied for reuse, unless a huge article left it huge.
        if (set is null || set.Count > 1 << 14) t_trigrams = set = new HashSet<long>(256);
        else set.Clear();
        return set;
    }

    private static bool NearDuplicate(ArticleTerms terms, int s, List<int> picked, float threshold)
    {
        foreach (int p in picked) if (terms.Cosine(p, s) > threshold) return true;
        return false;
    }

    private static IEnumerable<long> Trigrams(ArticleTerms terms, int s)
    {
        var sentence = terms.Document.SentenceSpan[s];
        int a = -1, b = -1;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            int c = terms.TokenTerm[i];
            if (c < 0) continue;
            if (a >= 0) yield return ((long)a * 1_000_003 + b) * 1_000_003 + c;
            a = b; b = c;
        }
    }

    private static bool SharesTrigram(ArticleTerms terms, int s, HashSet<long> seen)
    {
        if (seen.Count == 0) return false;
        foreach (long g in Trigrams(terms, s)) if (seen.Contains(g)) return true;
        return false;
    }

    private static void AddTrigrams(ArticleTerms terms, int s, HashSet<long> seen)
    {
        foreach (long g in Trigrams(terms, s)) seen.Add(g);
    }
}
