namespace NewsNlp.Summarization;

/// <summary>
/// Keyphrases: noun-phrase-like n-grams (1–3 words with no stop word, verb or punctuation inside) scored
/// by frequency × TF-IDF weight, favouring phrases met early; phrases inside a better one are dropped.
/// </summary>
internal static class KeyphraseExtractor
{
    private const int MaxLength = 3;

    public static IReadOnlyList<string> Extract(ArticleTerms terms, WordLexicon lexicon, int count)
    {
        if (count <= 0) return [];
        var doc = terms.Document;
        string text = doc.Text;
        var stats = new Dictionary<long, (int Count, int FirstSentence, int Start, int End, double Weight, int Length)>();
        var run = new List<int>(8);
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            run.Clear();
            for (int i = sentence.FirstToken; i <= sentence.EndToken; i++)
            {
                bool usable = i < sentence.EndToken && IsPhraseWord(terms, lexicon, i, sentence.FirstToken);
                if (usable) { run.Add(i); continue; }
                AddGrams(terms, run, s, stats);
                run.Clear();
            }
        }
        var ranked = stats
            .Select(kv => (kv.Key, kv.Value, Score: kv.Value.Weight * Math.Log(1 + kv.Value.Count) * (1 + 0.35 * (kv.Value.Length - 1)) / (1 + kv.Value.FirstSentence / 15.0)))
            .Where(x => x.Value.Count >= 2 || x.Value.Length > 1)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Value.Start)
            .ToList();
        var result = new List<string>(count);
        var folded = new List<string>(count);
        foreach (var (_, v, _) in ranked)
        {
            string phrase = text.Substring(v.Start, v.End - v.Start);
            string key = TextFolding.Fold(phrase);
            // Skip a phrase inside (or containing) one already chosen: "Sheinbaum" after "Claudia Sheinbaum".
            if (folded.Any(f => f.Contains(key, StringComparison.Ordinal) || key.Contains(f, StringComparison.Ordinal))) continue;
            result.Add(phrase);
            folded.Add(key);
            if (result.Count == count) break;
        }
        return result;
    }

    private static bool IsPhraseWord(ArticleTerms terms, WordLexicon lexicon, int token, int sentenceStart)
    {
        int id = terms.TokenTerm[token];
        if (id < 0 || terms.TermIsStop[id]) return false;
        var tag = lexicon.Lookup(terms.TermHash[id]).Tag;
        var span = terms.Document.Span(terms.Document.Tokens[token]);
        if (span.Length < 2 && !char.IsDigit(span[0])) return false;
        bool capital = char.IsUpper(span[0]) && token != sentenceStart;
        return capital || tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective or WordTag.Unknown or WordTag.Number;
    }

    private static void AddGrams(ArticleTerms terms, List<int> run, int sentence,
        Dictionary<long, (int Count, int FirstSentence, int Start, int End, double Weight, int Length)> stats)
    {
        var tokens = terms.Document.Tokens;
        for (int i = 0; i < run.Count; i++)
        {
            long key = 17;
            double weight = 0;
            for (int len = 1; len <= MaxLength && i + len <= run.Count; len++)
            {
                int id = terms.TokenTerm[run[i + len - 1]];
                key = key * 1_000_003 + id + 1;
                weight += terms.TermIdf[id];
                // Phrases of one number alone ("2025") are not keyphrases.
                if (len == 1 && tokens[run[i]].Kind == TokenKind.Number) continue;
                if (stats.TryGetValue(key, out var v)) stats[key] = v with { Count = v.Count + 1 };
                else stats[key] = (1, sentence, tokens[run[i]].Start, tokens[run[i + len - 1]].End, weight / len, len);
            }
        }
    }
}
