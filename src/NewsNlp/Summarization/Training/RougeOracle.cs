namespace NewsNlp.Summarization.Training;

/// <summary>
/// ROUGE-1/2 over lower-cased alphanumeric words (as rouge-score tokenizes, without stemming) and the
/// greedy oracle that labels training sentences: add the sentence that most raises the mean of
/// ROUGE-1 and ROUGE-2 F1 against the reference, until nothing helps.
/// </summary>
internal static class RougeOracle
{
    /// <summary>Lower-cased alphanumeric words of a text, as hashes.</summary>
    public static List<int> Words(ReadOnlySpan<char> text)
    {
        var words = new List<int>();
        int i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            while (i < text.Length && !IsAsciiAlnum(text[i])) i++;
            int start = i;
            while (i < text.Length && IsAsciiAlnum(text[i])) i++;
            if (i > start)
            {
                var word = text[start..i];
                int len = Math.Min(word.Length, buffer.Length);
                for (int k = 0; k < len; k++) buffer[k] = char.ToLowerInvariant(word[k]);
                words.Add(string.GetHashCode(buffer[..len]));
            }
        }
        return words;
    }

    private static bool IsAsciiAlnum(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    /// <summary>Multiset of n-grams (as hashes) of a word list.</summary>
    public static Dictionary<long, int> NGrams(IReadOnlyList<int> words, int n)
    {
        var grams = new Dictionary<long, int>();
        for (int i = 0; i + n <= words.Count; i++)
        {
            long key = n == 1 ? words[i] : ((long)words[i] << 32) ^ (uint)words[i + 1];
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }
        return grams;
    }

    private static double F1(Dictionary<long, int> candidate, Dictionary<long, int> reference)
    {
        int overlap = 0, c = 0, r = 0;
        foreach (var v in candidate.Values) c += v;
        foreach (var v in reference.Values) r += v;
        if (c == 0 || r == 0) return 0;
        foreach (var (k, v) in candidate) if (reference.TryGetValue(k, out int rv)) overlap += Math.Min(v, rv);
        if (overlap == 0) return 0;
        double p = overlap / (double)c, rec = overlap / (double)r;
        return 2 * p * rec / (p + rec);
    }

    /// <summary>ROUGE-1 and ROUGE-2 F1 of a candidate (its sentences joined) against a reference.</summary>
    public static (double R1, double R2) Score(IEnumerable<string> candidate, string reference)
    {
        var cw = Words(string.Join(" ", candidate));
        var rw = Words(reference);
        return (F1(NGrams(cw, 1), NGrams(rw, 1)), F1(NGrams(cw, 2), NGrams(rw, 2)));
    }

    /// <summary>Greedy oracle: indexes of the sentences (at most <paramref name="maxSentences"/>) that together best match the reference.</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<string> sentences, string reference, int maxSentences = 3)
    {
        var rw = Words(reference);
        var r1 = NGrams(rw, 1); var r2 = NGrams(rw, 2);
        var sentenceWords = sentences.Select(s => Words(s)).ToArray();
        var chosen = new List<int>();
        var current = new List<int>();
        double best = 0;
        while (chosen.Count < maxSentences)
        {
            int pick = -1;
            double pickScore = best;
            for (int s = 0; s < sentences.Count; s++)
            {
                if (chosen.Contains(s) || sentenceWords[s].Count == 0) continue;
                var trial = new List<int>(current.Count + sentenceWords[s].Count);
                // Keep document order so bigrams across sentence joins match how summaries are read.
                foreach (int c in chosen.Append(s).Order()) trial.AddRange(sentenceWords[c]);
                double score = (F1(NGrams(trial, 1), r1) + F1(NGrams(trial, 2), r2)) / 2;
                if (score > pickScore + 1e-9) { pickScore = score; pick = s; }
            }
            if (pick < 0) break;
            chosen.Add(pick);
            best = pickScore;
            current.Clear();
            foreach (int c in chosen.Order()) current.AddRange(sentenceWords[c]);
        }
        chosen.Sort();
        return chosen;
    }
}
