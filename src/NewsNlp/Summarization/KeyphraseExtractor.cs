using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace NewsNlp.Summarization;

/// <summary>
/// Keyphrases: noun-phrase-like n-grams (1–3 words with no stop word, verb or punctuation inside, never
/// cutting through a name or a figure: not "Singer Mara" of "Mara Lindqvist") scored by frequency × TF-IDF
/// weight, favouring phrases met early; phrases inside a better one are dropped.
/// </summary>
internal static class KeyphraseExtractor
{
    private const int MaxLength = 3;

    /// <summary>What is known of one candidate phrase: where it first occurs and how often.</summary>
    private struct PhraseStats
    {
        public int Count, FirstSentence, Start, End, Length;
        public double Weight;

        public readonly double Score => Weight * Math.Log(1 + Count) * (1 + 0.35 * (Length - 1)) / (1 + FirstSentence / 15.0);
    }

    private sealed class Scratch
    {
        /// <summary>Phrase key -> index into <see cref="Stats"/>, in order of first occurrence.</summary>
        public readonly Dictionary<long, int> Index = [];
        public readonly List<PhraseStats> Stats = [];
        public readonly List<int> Run = new(8);
        public readonly List<(double Score, int Index)> Ranked = [];
        /// <summary>Per term of the article: 0 not looked up yet, 1 a noun-like word, 2 an adjective, -1 neither.</summary>
        public sbyte[] TermNominal = new sbyte[1024];
        /// <summary>Per term of the article: its part of speech in the lexicon.</summary>
        public WordTag[] TermTag = new WordTag[1024];
        /// <summary>Per token: the first and last token of the entity mention it belongs to, or -1.</summary>
        public int[] MentionFirst = new int[1024], MentionLast = new int[1024];

        public void Clear(int terms)
        {
            bool huge = Stats.Count > 20_000;
            Index.Clear(); Stats.Clear(); Run.Clear(); Ranked.Clear();
            // A huge article should not keep its tables alive for the rest of the thread's life.
            if (huge) { Index.TrimExcess(1024); Stats.Capacity = 1024; Ranked.Capacity = 1024; }
            if (TermNominal.Length < terms || TermNominal.Length > Math.Max(terms, 1 << 16))
            {
                TermNominal = new sbyte[Math.Max(terms, 1024)];
                TermTag = new WordTag[TermNominal.Length];
            }
            else Array.Clear(TermNominal, 0, terms);
        }

        /// <summary>Marks the tokens of every mention of the document's entities.</summary>
        public void MapMentions(NewsDocument doc)
        {
            int n = doc.TokenSpan.Length;
            if (MentionFirst.Length < n || MentionFirst.Length > Math.Max(n, 1 << 16)) { MentionFirst = new int[Math.Max(n, 1024)]; MentionLast = new int[Math.Max(n, 1024)]; }
            MentionFirst.AsSpan(0, n).Fill(-1);
            MentionLast.AsSpan(0, n).Fill(-1);
            var tokens = doc.TokenSpan;
            foreach (var entity in doc.Entities)
                foreach (var m in entity.Mentions)
                {
                    // The first token starting at or after the mention (tokens are in text order).
                    int lo = 0, hi = n;
                    while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < m.Start) lo = mid + 1; else hi = mid; }
                    if (lo >= n || tokens[lo].Start >= m.End) continue;   // no token starts inside the mention
                    int last = lo;
                    while (last + 1 < n && tokens[last + 1].Start < m.End) last++;
                    for (int t = lo; t <= last; t++) { MentionFirst[t] = lo; MentionLast[t] = last; }
                }
        }
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>The article's <paramref name="count"/> best keyphrases; sentences marked in <paramref name="siteLine"/> (reporting credits) are skipped.</summary>
    public static IReadOnlyList<string> Extract(ArticleTerms terms, WordLexicon lexicon, int count, bool[] siteLine)
    {
        if (count <= 0) return [];
        var doc = terms.Document;
        string text = doc.Text;
        // Tables reused from article to article on each thread: they were most of this stage's garbage.
        var scratch = t_scratch ??= new Scratch();
        scratch.Clear(terms.TermTotal);
        scratch.MapMentions(doc);
        // Every term's tag up front, in one tight loop: the lookups are independent, so their cache misses overlap.
        var tags = scratch.TermTag;
        for (int id = 0; id < terms.TermTotal; id++) tags[id] = lexicon.Tag(terms.TermHash[id]);
        var (index, stats, run, ranked) = (scratch.Index, scratch.Stats, scratch.Run, scratch.Ranked);
        for (int s = 0; s < doc.SentenceSpan.Length; s++)
        {
            var sentence = doc.SentenceSpan[s];
            // A reporting credit ("CNN's Ana Ruiz contributed to this report") names no topic.
            if (siteLine[s]) continue;
            run.Clear();
            for (int i = sentence.FirstToken; i <= sentence.EndToken; i++)
            {
                bool usable = i < sentence.EndToken && IsPhraseWord(terms, i, sentence.FirstToken, scratch);
                if (usable) { run.Add(i); continue; }
                AddGrams(terms, run, s, index, stats, scratch);
                run.Clear();
            }
        }
        // Best score first; ties go to the earlier phrase, then to the one met first.
        var all = CollectionsMarshal.AsSpan(stats);
        for (int k = 0; k < all.Length; k++)
            if (all[k].Count >= 2 || all[k].Length > 1) ranked.Add((all[k].Score, k));
        var order = CollectionsMarshal.AsSpan(ranked);
        order.Sort((a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c == 0) c = stats[a.Index].Start.CompareTo(stats[b.Index].Start);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var result = new List<string>(count);
        var folded = new List<string>(count);
        foreach (var (_, k) in order)
        {
            string phrase = text.Substring(all[k].Start, all[k].End - all[k].Start);
            string key = TextFolding.Fold(phrase);
            // Skip a phrase inside (or containing) one already chosen: "Sheinbaum" after "Claudia Sheinbaum".
            if (folded.Any(f => f.Contains(key, StringComparison.Ordinal) || key.Contains(f, StringComparison.Ordinal))) continue;
            result.Add(phrase);
            folded.Add(key);
            if (result.Count == count) break;
        }
        return result;
    }

    private static bool IsPhraseWord(ArticleTerms terms, int token, int sentenceStart, Scratch scratch)
    {
        int id = terms.TokenTerm[token];
        if (id < 0 || terms.TermIsStop[id]) return false;
        var span = terms.Document.Span(terms.Document.TokenSpan[token]);
        if (span.Length < 2 && !char.IsDigit(span[0])) return false;
        // The lexicon's answer depends on the term only: asked once per term of the article, before the capital test
        // below, so that what a term is does not depend on where it first occurs.
        var known = scratch.TermNominal;
        if (known[id] == 0)
        {
            var tag = scratch.TermTag[id];
            // A word the lexicon lacks is taken for a noun, unless it reads as a past tense or an adverb ("reprised").
            if (tag == WordTag.Unknown && (span.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || span.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
                tag = WordTag.VerbPast;
            known[id] = tag == WordTag.Adjective ? (sbyte)2
                : tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Unknown or WordTag.Number ? (sbyte)1 : (sbyte)-1;
        }
        if (char.IsUpper(span[0]) && token != sentenceStart) return true;
        return known[id] > 0;
    }

    // True when the text runs on, without a space, into a hyphen, slash or currency sign before or after [start, end).
    private static bool IsPiece(string text, int start, int end) =>
        start > 0 && text[start - 1] is '$' or '\u20AC' or '\u00A3'
        || start > 1 && IsJoiner(text[start - 1]) && char.IsLetterOrDigit(text[start - 2])
        || end + 1 < text.Length && IsJoiner(text[end]) && char.IsLetterOrDigit(text[end + 1]);

    // True when the word at neighbour, next to the capitalised word at edge with one space between, is itself a
    // capitalised word, not a stop word ("The" before "New York Times") nor, before a name, a title ("President").
    private static bool CapitalisedNeighbour(ArticleTerms terms, int neighbour, int edge, bool before)
    {
        var doc = terms.Document;
        if (neighbour < 0 || neighbour >= terms.TokenTerm.Length) return false;   // the story's tokens, not the header lines'
        string text = doc.Text;
        var (a, b) = before ? (doc.TokenSpan[neighbour], doc.TokenSpan[edge]) : (doc.TokenSpan[edge], doc.TokenSpan[neighbour]);
        if (b.Start != a.End + 1 || text[a.End] != ' ') return false;
        if (!char.IsUpper(text[doc.TokenSpan[edge].Start]) || !char.IsUpper(text[doc.TokenSpan[neighbour].Start])) return false;
        // (Capitalised function words open a sentence or a title, not a name: "The", "In", "And".)
        var word = doc.Span(doc.TokenSpan[neighbour]);
        int hash = terms.HashOf(neighbour);
        if (!char.IsLetter(word[^1]) || FunctionWords.Contains(hash)) return false;
        // (A title before a name lets the name stand alone, not another title: "Minister" of "Prime Minister" is cut.)
        return !(before && Titles.Contains(hash) && !Titles.Contains(terms.HashOf(edge)));
    }

    private static readonly WordHashSet FunctionWords = WordClasses.Hashes("a an the in on at of for to from by with and or but as if when while after before since this that these those his her its their our my");

    // Titles before a name: the name alone is still a keyphrase.
    private static readonly WordHashSet Titles = WordClasses.Hashes("president vice prime minister secretary sen senator rep gov governor mayor judge justice "
        + "gen general col captain capt sgt officer chief director coach dr mr mrs ms prince princess king queen pope rev father "
        + "former ex actor actress singer rapper star striker midfielder defender goalkeeper manager chairman ceo");

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '/';

    private static void AddGrams(ArticleTerms terms, List<int> run, int sentence, Dictionary<long, int> index, List<PhraseStats> stats, Scratch scratch)
    {
        var tokens = terms.Document.TokenSpan;
        for (int i = 0; i < run.Count; i++)
        {
            // A phrase may not open right after a capitalised word: it would be a piece of a name ("York Times").
            bool opensInsideName = CapitalisedNeighbour(terms, run[i] - 1, run[i], before: true);
            long key = 17;
            double weight = 0;
            for (int len = 1; len <= MaxLength && i + len <= run.Count; len++)
            {
                int id = terms.TokenTerm[run[i + len - 1]];
                key = key * 1_000_003 + id + 1;
                weight += terms.TermIdf[id];
                // A count after a common word ("waterfront three times") opens a phrase of its own, and an unknown "-ing"
                // word after a common noun is a participle ("terror groups plaguing"): no phrase runs through either.
                if (len > 1 && char.IsLower(terms.Document.Text[tokens[run[i + len - 2]].Start])
                    && (tokens[run[i + len - 1]].Kind == TokenKind.Number || scratch.TermTag[id] == WordTag.Number
                        || scratch.TermTag[id] == WordTag.Unknown && scratch.TermNominal[terms.TokenTerm[run[i + len - 2]]] == 1
                            && terms.Document.Span(tokens[run[i + len - 1]]).EndsWith("ing", StringComparison.Ordinal))) break;
                // Phrases of one number or adjective alone ("2025", "interesting") are not keyphrases, nor phrases that end
                // on an adjective, before their noun ("upcoming animated" of "upcoming animated series").
                if (len == 1 && (tokens[run[i]].Kind == TokenKind.Number || scratch.TermNominal[id] == 2)) continue;
                if (len > 1 && scratch.TermNominal[id] == 2 && !char.IsUpper(terms.Document.Text[tokens[run[i + len - 1]].Start])) continue;
                // Nor is a name or figure cut short ("Singer Mara" of "Mara Lindqvist", "production twenty" of "twenty
                // years"), or one's tail run on past it; a name's tail alone ("Sheinbaum") is fine.
                int first = run[i], last = run[i + len - 1];
                if (scratch.MentionLast[last] > last
                    || scratch.MentionFirst[first] >= 0 && scratch.MentionFirst[first] < first && scratch.MentionLast[first] < last) continue;
                // Nor a piece of a hyphenated word or a figure ("edition perfume" of "limited-edition perfume", "115
                // million" of "$115 million").
                if (IsPiece(terms.Document.Text, tokens[first].Start, tokens[last].End)) continue;
                // Nor a piece of a run of capitalised words ("York Times" of "New York Times", "Former Dutch Prime" of
                // "Former Dutch Prime Minister"); a name after a title is its own ("Obama" of "President Obama").
                if (opensInsideName || CapitalisedNeighbour(terms, last + 1, last, before: false)) continue;
                // Nor a name behind a job title ("sportscaster Lena Moss").
                if (scratch.MentionFirst[last] >= 0 && scratch.MentionFirst[first] < 0 && scratch.MentionFirst[last] > first
                    && char.IsLower(terms.Document.Text[tokens[first].Start])) continue;
                ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out bool seen);
                if (seen) { CollectionsMarshal.AsSpan(stats)[slot].Count++; continue; }
                slot = stats.Count;
                stats.Add(new PhraseStats { Count = 1, FirstSentence = sentence, Start = tokens[run[i]].Start, End = tokens[run[i + len - 1]].End, Weight = weight / len, Length = len });
            }
        }
    }
}
