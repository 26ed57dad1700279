using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>
/// Turns the tokens of one sentence into hashed feature rows: the word, its normalized form, shape,
/// affixes, neighbours ±2, word clusters, capitalisation in context (sentence case mode, mid-sentence
/// capital rate from unlabeled text), gazetteer matches, and document history (how earlier mentions of
/// the same word were tagged). Each token gets exactly <see cref="FeatureCount"/> slots of 64-bit keys; 0
/// marks an absent feature. Works on reusable scratch buffers: no allocation per token.
/// </summary>
internal sealed class NerFeaturizer
{
    /// <summary>Slots filled by <see cref="ExtractStatic"/> for each token.</summary>
    public const int StaticCount = 44;

    /// <summary>Slots filled from the document history.</summary>
    public const int HistoryCount = 2;

    /// <summary>All slots per token.</summary>
    public const int FeatureCount = StaticCount + HistoryCount;

    /// <summary>Shortest lower-case word left unscored: shorter ones include name particles ("of", "de", "van", "bin").</summary>
    public const int MinPlainLetters = 4;

    // Name particles of four or more letters ("Piazza della Zecca"): scored like any word.
    private static bool IsLongParticle(ReadOnlySpan<char> word) =>
        word is "della" or "delle" or "dello" or "degli" or "bint";

    // Short name particles, scored even between two lower-case words ("lobbed van der Sar").
    private static bool IsShortParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "der" or "den" or "van" or "von" or "la" or "le" or "du" or "da" or "di" or "dos"
            or "das" or "bin" or "ibn" or "al" or "el" or "ben" or "y" or "los" or "las" or "ter" or "ten" or "zu";

    // A token with no capital and no digit ("of", "the", ",") cannot start, end or join a name on its own.
    private static bool IsQuiet(byte cls) => cls is ClassLower or ClassPunct;

    /// <summary>Sentences longer than this are tagged in pieces, so scratch memory stays bounded.</summary>
    public const int MaxSentenceTokens = 400;

    // Sentence case modes: headline and all-caps lines carry no capitalisation signal of their own.
    public const int ModeNormal = 0, ModeUpper = 1, ModeTitle = 2, ModeLower = 3;

    // Short shape classes.
    public const byte ClassLower = 0, ClassInitCap = 1, ClassAllCaps = 2, ClassSingleCap = 3, ClassCapPeriod = 4,
        ClassMixed = 5, ClassNumber = 6, ClassAlnum = 7, ClassPunct = 8;

    private readonly NerLexicon _lexicon;
    private readonly NerGazetteer _gazetteer;

    public NerFeaturizer(NerLexicon lexicon, NerGazetteer gazetteer)
    {
        _lexicon = lexicon;
        _gazetteer = gazetteer;
    }

    /// <summary>Per-sentence working memory, reused across sentences and documents by one thread.</summary>
    internal sealed class Scratch
    {
        public ulong[] Exact = new ulong[64], Norm = new ulong[64], Shape = new ulong[64];
        public int[] Coarse = new int[64], Medium = new int[64], Fine = new int[64];
        public byte[] Class = new byte[64], Capital = new byte[64], Gaz = new byte[64 * 8], GazSummary = new byte[64], ExternalSummary = new byte[64];
        public bool[] Initial = new bool[64], Cached = new bool[64];

        /// <summary>
        /// Tokens left outside every name without being scored, in a sentence that has capitals: plain
        /// lower-case words of at least <see cref="MinPlainLetters"/> letters other than name particles, and
        /// shorter lower-case words and punctuation whose neighbours have neither capitals nor digits ("of the
        /// company", "it was ,"). In CoNLL-2003 train 57 of 66,753 words of the first kind and 5 of 42,354
        /// tokens of the second are inside a name; together they are about three quarters of news tokens.
        /// </summary>
        public bool[] Plain = new bool[64];
        public NerWordCache.Handle[] Handles = new NerWordCache.Handle[64];
        public int Mode;

        /// <summary>Document history: normalized word to counts of PER, LOC, ORG, MISC, O.</summary>
        public readonly Dictionary<ulong, HistoryCounts> History = [];

        public void Ensure(int n)
        {
            if (Exact.Length >= n) return;
            int size = Math.Max(n, Exact.Length * 2);
            Exact = new ulong[size]; Norm = new ulong[size]; Shape = new ulong[size];
            Coarse = new int[size]; Medium = new int[size]; Fine = new int[size];
            Class = new byte[size]; Capital = new byte[size]; Gaz = new byte[size * 8]; GazSummary = new byte[size]; ExternalSummary = new byte[size];
            Initial = new bool[size]; Cached = new bool[size]; Plain = new bool[size];
            Handles = new NerWordCache.Handle[size];
        }
    }

    /// <summary>How often a word was tagged with each type (and O) earlier in the document.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct HistoryCounts
    {
        public int Per, Loc, Org, Misc, Outside;

        public readonly int Get(int label) => label switch { 0 => Per, 1 => Loc, 2 => Org, 3 => Misc, _ => Outside };

        public void Add(int label)
        {
            switch (label) { case 0: Per++; break; case 1: Loc++; break; case 2: Org++; break; case 3: Misc++; break; default: Outside++; break; }
        }
    }

    /// <summary>
    /// Slots whose features depend only on the word's own characters (bias, word, affixes, shape, clusters,
    /// length): their summed weights can be kept per word in a <see cref="NerWordCache"/>.
    /// </summary>
    public const ulong WordOnlySlots = 0xFFFUL | 1UL << 21 | 1UL << 22 | 1UL << 23 | 1UL << 37 | 1UL << 39;

    /// <summary>
    /// Fills <paramref name="features"/> (n × <see cref="FeatureCount"/>) with the static features of a sentence;
    /// history slots are set to 0. With a <paramref name="cache"/>, tokens whose word-only weight sums are
    /// cached (<see cref="Scratch.Cached"/>) get 0 in the <see cref="WordOnlySlots"/>: the scorer adds the sums.
    /// With <paramref name="skipPlain"/>, <see cref="Scratch.Plain"/> tokens get no features at all.
    /// </summary>
    public void ExtractStatic(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Scratch s, Span<ulong> features, NerWordCache? cache = null, bool skipPlain = false)
    {
        int n = tokens.Length;
        s.Ensure(n);
        Prepare(text, tokens, s, cache, skipPlain);
        for (int i = 0; i < n; i++)
        {
            var f = features.Slice(i * FeatureCount, FeatureCount);
            if (skipPlain && s.Plain[i]) { f.Clear(); s.Cached[i] = false; continue; }   // not scored (see Scratch.Plain)
            var word = text[tokens[i].Start..tokens[i].End];
            ulong norm = s.Norm[i];
            byte cls = s.Class[i];
            s.Cached[i] = cache is not null && cache.TryGetSums(s.Handles[i], out _);
            if (s.Cached[i])
            {
                f[..12].Clear();
                f[21] = f[22] = f[23] = f[37] = f[39] = 0;
            }
            else
                ExtractWordOnly(word, s, i, f);
            ulong nm1 = NormAt(s, i - 1, n), np1 = NormAt(s, i + 1, n);
            f[12] = NerHash.Key(12, nm1);
            f[13] = NerHash.Key(13, np1);
            f[14] = NerHash.Key(14, NormAt(s, i - 2, n));
            f[15] = NerHash.Key(15, NormAt(s, i + 2, n));
            f[16] = NerHash.Key(16, NerHash.Combine(nm1, norm));
            f[17] = NerHash.Key(17, NerHash.Combine(norm, np1));
            ulong sm1 = ShapeAt(s, i - 1, n), sp1 = ShapeAt(s, i + 1, n), sh = s.Shape[i];
            f[18] = NerHash.Key(18, NerHash.Combine(sm1, sh));
            f[19] = NerHash.Key(19, NerHash.Combine(sh, sp1));
            f[20] = NerHash.Key(20, NerHash.Combine(NerHash.Combine(sm1, sh), sp1));
            f[24] = Cluster(24, i > 0 ? s.Medium[i - 1] : -2);
            f[25] = Cluster(25, i + 1 < n ? s.Medium[i + 1] : -2);
            f[26] = Cluster(26, i > 0 ? s.Fine[i - 1] : -2);
            f[27] = Cluster(27, i + 1 < n ? s.Fine[i + 1] : -2);
            ulong mode = (ulong)s.Mode;
            f[28] = NerHash.Key(28, mode << 16 | (ulong)s.Capital[i] << 8 | cls);
            f[29] = NerHash.Key(29, mode << 16 | (ulong)cls << 8 | (s.Initial[i] ? 1UL : 0UL));
            f[30] = NerHash.Key(30, mode << 24 | (ulong)ClassAt(s, i - 1, n) << 16 | (ulong)cls << 8 | ClassAt(s, i + 1, n));
            byte gs = s.GazSummary[i];
            f[31] = NerHash.Key(31, gs);
            for (int t = 0; t < 4; t++)
            {
                byte g = s.Gaz[i * 8 + t];
                f[32 + t] = g == 0 ? 0 : NerHash.Key(32 + t, (ulong)g << 4 | (ulong)cls);
            }
            f[36] = NerHash.Key(36, (ulong)(i > 0 ? s.GazSummary[i - 1] : 255) << 16 | (ulong)gs << 8 | (i + 1 < n ? s.GazSummary[i + 1] : 255u));
            f[38] = NerHash.Key(38, NerHash.Combine(nm1, np1));
            f[40] = NerHash.Key(40, i > 0 ? s.Exact[i - 1] : 1);
            f[41] = NerHash.Key(41, i + 1 < n ? s.Exact[i + 1] : 2);
            f[42] = NerHash.Key(42, mode << 24 | (ulong)(i > 0 ? s.Capital[i - 1] : 9) << 16 | (ulong)s.Capital[i] << 8 | (i + 1 < n ? s.Capital[i + 1] : 9u));
            f[43] = s.ExternalSummary[i] == 0 ? 0 : NerHash.Key(43, (ulong)s.ExternalSummary[i] << 8 | cls);
            f[44] = 0;
            f[45] = 0;
        }
    }

    /// <summary>The features in <see cref="WordOnlySlots"/>: computed from the word and its own prepared data only.</summary>
    private static void ExtractWordOnly(ReadOnlySpan<char> word, Scratch s, int i, Span<ulong> f)
    {
        byte cls = s.Class[i];
        f[0] = NerHash.Key(0, 0);
        f[1] = NerHash.Key(1, s.Exact[i]);
        f[2] = NerHash.Key(2, s.Norm[i]);
        f[3] = NerHash.Key(3, s.Shape[i]);
        // Affixes of the normalized word, hashed incrementally.
        ulong h = 0xCBF29CE484222325UL;
        for (int k = 0; k < 4; k++)
        {
            if (k < word.Length) { h = (h ^ NerHash.NormalizeChar(word[k])) * 0x100000001B3UL; f[4 + k] = NerHash.Key(4 + k, h); }
            else f[4 + k] = 0;
        }
        h = 0xCBF29CE484222325UL;
        for (int k = 0; k < 4; k++)
        {
            if (k < word.Length) { h = (h ^ NerHash.NormalizeChar(word[word.Length - 1 - k])) * 0x100000001B3UL; f[8 + k] = NerHash.Key(8 + k, h); }
            else f[8 + k] = 0;
        }
        f[21] = Cluster(21, s.Coarse[i]);
        f[22] = Cluster(22, s.Medium[i]);
        f[23] = Cluster(23, s.Fine[i]);
        f[37] = s.Fine[i] < 0 ? 0 : NerHash.Key(37, (ulong)s.Fine[i] << 8 | cls);
        f[39] = NerHash.Key(39, (ulong)Math.Min(word.Length, 12) << 8 | cls);
    }

    /// <summary>Every key the history slots can take, so a trainer can give them rows up front.</summary>
    public static IEnumerable<ulong> AllHistoryKeys()
    {
        for (int best = 0; best < 5; best++)
        {
            for (ulong unanimous = 0; unanimous < 2; unanimous++) yield return NerHash.Key(50, (ulong)best << 1 | unanimous);
            for (ulong cls = 0; cls <= ClassPunct; cls++) yield return NerHash.Key(51, (ulong)best << 8 | cls);
        }
    }

    /// <summary>Fills the history slots of each token from the document history.</summary>
    public void ExtractHistory(Dictionary<ulong, HistoryCounts> history, ReadOnlySpan<ulong> norms, ReadOnlySpan<byte> classes, Span<ulong> features)
    {
        if (history.Count == 0) return;
        for (int i = 0; i < norms.Length; i++)
        {
            if (classes[i] >= ClassNumber) continue;
            if (!history.TryGetValue(norms[i], out var counts)) continue;
            int best = 4, bestCount = counts.Outside, total = counts.Outside;
            for (int t = 0; t < 4; t++)
            {
                int c = counts.Get(t);
                total += c;
                if (c > bestCount) { best = t; bestCount = c; }
            }
            int slot = i * FeatureCount + StaticCount;
            ulong unanimous = bestCount == total ? 1UL : 0UL;
            features[slot] = NerHash.Key(50, (ulong)best << 1 | unanimous);
            features[slot + 1] = NerHash.Key(51, (ulong)best << 8 | classes[i]);
        }
    }

    /// <summary>Records the tags given to the words of a sentence in the document history.</summary>
    public static void UpdateHistory(Dictionary<ulong, HistoryCounts> history, ReadOnlySpan<ulong> norms, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            byte cls = classes[i];
            if (cls >= ClassNumber) continue;
            int label = tags[i] == BilouTags.Outside ? 4 : BilouTags.TypeOf(tags[i]);
            // Lower-case words tagged O say nothing about names; skip them to keep the table small.
            if (label == 4 && cls == ClassLower) continue;
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(history, norms[i], out _);
            counts.Add(label);
        }
    }

    private static ulong Cluster(int template, int cluster) =>
        cluster == -1 ? 0 : NerHash.Key(template, (ulong)(cluster + 2));

    private static ulong NormAt(Scratch s, int i, int n) => i < 0 ? (ulong)(0x100 + i) : i >= n ? (ulong)(0x200 + i - n) : s.Norm[i];

    private static ulong ShapeAt(Scratch s, int i, int n) => i < 0 ? (ulong)(0x100 + i) : i >= n ? (ulong)(0x200 + i - n) : s.Shape[i];

    private static ulong ClassAt(Scratch s, int i, int n) => i < 0 ? 20UL : i >= n ? 21UL : s.Class[i];

    /// <summary>Computes per-token hashes, classes, clusters, gazetteer matches and the sentence's case mode.</summary>
    private void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Scratch s, NerWordCache? cache, bool skipPlain)
    {
        int n = tokens.Length;
        int longWords = 0, upperLongWords = 0, content = 0, contentCapital = 0, anyUpper = 0, alpha = 0;
        bool seenWord = false;
        for (int i = 0; i < n; i++)
        {
            var word = text[tokens[i].Start..tokens[i].End];
            ulong exact = NerHash.Exact(word);
            NerWordCache.Word w;
            if (cache is null) { w = Describe(word, exact); s.Handles[i] = NerWordCache.Handle.None; }
            else if (!cache.TryGet(word, exact, out w, out s.Handles[i]))
            {
                w = Describe(word, exact);
                s.Handles[i] = cache.Add(word, w);
            }
            s.Exact[i] = exact;
            s.Norm[i] = w.Norm;
            s.Shape[i] = w.Shape;
            s.Class[i] = w.Class;
            s.Coarse[i] = w.Coarse; s.Medium[i] = w.Medium; s.Fine[i] = w.Fine; s.Capital[i] = w.Capital;
            byte cls = w.Class;
            int letters = w.Letters, uppers = w.Uppers;
            bool isWord = cls < ClassNumber || cls == ClassAlnum;
            s.Initial[i] = isWord && !seenWord;
            s.Plain[i] = cls == ClassLower && letters >= MinPlainLetters && letters == word.Length && !IsLongParticle(word);
            if (letters > 0)
            {
                alpha++;
                if (uppers > 0) anyUpper++;
                if (letters >= 2) { longWords++; if (uppers == letters) upperLongWords++; }
                if (letters >= 4 && letters == word.Length && !s.Initial[i]) { content++; if (w.FirstUpper) contentCapital++; }
            }
            if (isWord || cls == ClassNumber) seenWord = true;
        }
        s.Mode = longWords >= 2 && upperLongWords * 5 >= longWords * 4 ? ModeUpper
            : content >= 3 && contentCapital == content ? ModeTitle
            : alpha >= 3 && anyUpper == 0 ? ModeLower
            : ModeNormal;
        // In a sentence without capitals, case says nothing: every word is scored.
        if (s.Mode == ModeLower) s.Plain.AsSpan(0, n).Clear();
        else
            for (int i = 0; i < n; i++)
                if (!s.Plain[i] && IsQuiet(s.Class[i]) && (i == 0 || IsQuiet(s.Class[i - 1])) && (i + 1 == n || IsQuiet(s.Class[i + 1]))
                    && !IsShortParticle(text[tokens[i].Start..tokens[i].End]))
                    s.Plain[i] = true;
        MatchGazetteer(n, s, skipPlain);
    }

    /// <summary>What the featurizer needs from a word's characters alone: hashes, class, clusters, capitalisation statistics.</summary>
    private NerWordCache.Word Describe(ReadOnlySpan<char> word, ulong exact)
    {
        var w = new NerWordCache.Word { Exact = exact, Norm = NerHash.Normalized(word), Shape = ShapeHash(word) };
        w.Class = ClassOf(word, out w.Letters, out w.Uppers);
        w.FirstUpper = word.Length > 0 && char.IsUpper(word[0]);
        if (_lexicon.TryGet(w.Norm, out var entry) && entry.Coarse != ushort.MaxValue)
        {
            w.Coarse = entry.Coarse; w.Medium = entry.Medium; w.Fine = entry.Fine; w.Capital = entry.CapitalBucket;
        }
        else
        {
            w.Coarse = -1; w.Medium = -1; w.Fine = -1; w.Capital = entry.CapitalBucket;
        }
        return w;
    }

    /// <summary>
    /// Marks, for each type, the longest gazetteer name covering each token (1 B, 2 I, 3 L, 4 U); types 0-3
    /// are names from the training data, 4-7 names from an external labelled corpus. With
    /// <paramref name="skipPlain"/>, only matches that reach a token whose codes are read are looked up: a
    /// scored token or a neighbour of one (the others are plain and never scored).
    /// </summary>
    private void MatchGazetteer(int n, Scratch s, bool skipPlain)
    {
        Array.Clear(s.Gaz, 0, n * 8);
        var gazetteer = _gazetteer;
        if (gazetteer.Count > 0)
        {
            // nextRead[i]: the first token at or after i whose codes are read (n when none is).
            Span<int> nextRead = n <= MaxSentenceTokens ? stackalloc int[n + 1] : new int[n + 1];
            nextRead[n] = n;
            for (int i = n - 1; i >= 0; i--)
                nextRead[i] = !skipPlain || !s.Plain[i] || (i > 0 && !s.Plain[i - 1]) || (i + 1 < n && !s.Plain[i + 1]) ? i : nextRead[i + 1];
            for (int i = 0; i < n; i++)
            {
                if (s.Class[i] >= ClassNumber && s.Class[i] != ClassAlnum) continue;
                // A match shorter than this ends before any token whose codes are read: it would change nothing.
                int shortestRead = nextRead[i] - i + 1;
                if (shortestRead > NerGazetteer.MaxLength || nextRead[i] == n) continue;
                ulong h = NerGazetteer.Seed;
                for (int len = 1; len <= NerGazetteer.MaxLength && i + len <= n; len++)
                {
                    h = NerGazetteer.Extend(h, s.Norm[i + len - 1]);
                    if (len < shortestRead || !gazetteer.TryGet(h, out byte mask)) continue;
                    for (int t = 0; t < 8; t++)
                    {
                        if ((mask & (1 << t)) == 0) continue;
                        for (int k = 0; k < len; k++)
                        {
                            byte code = (byte)(len == 1 ? 4 : k == 0 ? 1 : k == len - 1 ? 3 : 2);
                            // Longer matches found later overwrite shorter ones at the same tokens.
                            s.Gaz[(i + k) * 8 + t] = code;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++)
        {
            int summary = 0, external = 0;
            for (int t = 0; t < 4; t++) summary = summary * 5 + s.Gaz[i * 8 + t];
            for (int t = 4; t < 8; t++) external = external * 5 + s.Gaz[i * 8 + t];
            s.GazSummary[i] = (byte)Math.Min(summary, 254);
            s.ExternalSummary[i] = (byte)Math.Min(external, 254);
        }
    }

    /// <summary>The token's short shape class, with its letter and upper-case counts.</summary>
    public static byte ClassOf(ReadOnlySpan<char> word, out int letters, out int uppers)
    {
        letters = 0; uppers = 0;
        int digits = 0, periods = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) uppers++; }
            else if (char.IsDigit(c)) digits++;
            else if (c == '.') periods++;
        }
        if (letters == 0) return digits > 0 ? ClassNumber : ClassPunct;
        if (digits > 0) return ClassAlnum;
        if (uppers == 0) return ClassLower;
        if (periods > 0) return ClassCapPeriod;
        if (uppers == letters) return letters == 1 ? ClassSingleCap : ClassAllCaps;
        return char.IsUpper(word[0]) && uppers == 1 ? ClassInitCap : ClassMixed;
    }

    /// <summary>Hash of the word's shape: X, x, d or the character itself, runs collapsed ("Sheinbaum" → Xx, "U.S." → X.X.).</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int written = 0;
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            last = k;
            h = (h ^ k) * 0x100000001B3UL;
            if (++written == 8) break;
        }
        return h;
    }
}
