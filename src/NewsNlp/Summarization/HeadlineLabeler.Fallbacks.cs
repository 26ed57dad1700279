namespace NewsNlp.Summarization;

// The fallbacks of HeadlineLabeler for sentences without a clause it can read: the weightiest noun phrase,
// the opening words, the most salient words.
internal sealed partial class HeadlineLabeler
{
    private static bool OpensMainClause(string text, IReadOnlyList<Chunk> chunks)
    {
        var first = chunks.FirstOrDefault(c => c.HasWord);
        return first.HasWord && !ClauseWords.Contains(first.Hash) && first.Tag is not (WordTag.Preposition or WordTag.Conjunction)
            && !WordClasses.IsConnective(first.Hash) && first.Word(text) is not ("Yes" or "No" or "yes" or "no");
    }

    /// <summary>
    /// The sentence's opening words as written: up to the first clause break once there are two, at most
    /// <see cref="MaxWords"/>, without trailing function words ("It's a bold pledge, some might say." → "It's a Bold Pledge").
    /// </summary>
    private static List<string> OwnWords(string text, IReadOnlyList<Chunk> chunks)
    {
        var kept = new List<Chunk>();
        foreach (var c in chunks)
        {
            if (!c.HasWord || kept.Count == 0 && WordClasses.IsArticle(c.Hash)) continue;   // headlines drop a leading article
            kept.Add(c);
            if (kept.Count == MaxWords || kept.Count >= MinWords && c.EndsClause(text)) break;
        }
        while (kept.Count > MinWords && WordClasses.IsStopWord(kept[^1].Hash)) kept.RemoveAt(kept.Count - 1);
        return [.. kept.Select(c => WordOf(text, c))];
    }

    /// <summary>
    /// The noun phrase with the most weight (names and numbers above common nouns, rare words above common
    /// ones): a run of names, nouns, numbers and adjectives, joined across "of" and "and", at most six words,
    /// ending on a noun ("Kidnapped Assyrian Christians", "Huntington Beach"). Null when none has two words.
    /// </summary>
    private List<string>? BestPhrase(string text, IReadOnlyList<Chunk> chunks)
    {
        const int MaxPhrase = 6;
        int bestStart = -1, bestEnd = -1;
        double bestScore = 0;
        int n = chunks.Count;
        for (int start = 0; start < n; start++)
        {
            if (!IsPhraseWord(chunks[start]) || chunks[start].Tag is WordTag.Preposition or WordTag.Conjunction) continue;
            double score = 0;
            for (int end = start; end < n && end - start < MaxPhrase; end++)
            {
                var c = chunks[end];
                bool joiner = c.Tag is WordTag.Preposition or WordTag.Conjunction;
                if (!IsPhraseWord(c) || joiner && (end + 1 >= n || !IsPhraseWord(chunks[end + 1]) || c.EndsClause(text))) break;
                score += PhraseWeight(c);
                // A phrase ends on a noun, name or number, with two words at least.
                if (end > start && c.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number && score > bestScore)
                    (bestStart, bestEnd, bestScore) = (start, end, score);
                if (c.EndsClause(text)) break;
            }
        }
        if (bestStart < 0) return null;
        return [.. Enumerable.Range(bestStart, bestEnd - bestStart + 1).Select(i => WordOf(text, chunks[i]))];

        bool IsPhraseWord(Chunk c) => c.HasWord && (c.Tag is WordTag.ProperNoun or WordTag.Noun or WordTag.PluralNoun or WordTag.Number or WordTag.Adjective
            || c.Word(text) is "of" or "and" or "&");
        double PhraseWeight(Chunk c) => c.Tag switch
        {
            WordTag.ProperNoun => 3 + (c.InEntity ? 1 : 0) + idf.Idf(c.Hash) / 4,
            WordTag.Number => 3,
            WordTag.Noun or WordTag.PluralNoun => 1 + idf.Idf(c.Hash) / 4,
            WordTag.Adjective => 0.25,
            _ => 0,
        };
    }

    /// <summary>The sentence's most informative words in order: names, numbers and the rarest nouns.</summary>
    private List<string> SalientWords(string text, IReadOnlyList<Chunk> chunks, int count)
    {
        var scored = new List<(int Index, double Score)>();
        for (int i = 0; i < chunks.Count; i++)
        {
            var c = chunks[i];
            if (!c.HasWord || WordClasses.IsStopWord(c.Hash)) continue;
            double score = c.Tag switch
            {
                WordTag.ProperNoun => 3 + (c.InEntity ? 1 : 0),
                WordTag.Number => 3,
                WordTag.Noun or WordTag.PluralNoun => 1,
                _ => -1,
            };
            if (score < 0) continue;
            scored.Add((i, score + idf.Idf(c.Hash) / 4));
        }
        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(count).OrderBy(s => s.Index)
            .Select(s => WordOf(text, chunks[s.Index])).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
