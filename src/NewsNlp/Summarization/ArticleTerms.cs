namespace NewsNlp.Summarization;

/// <summary>
/// The words of one article as term ids with their statistics, and each sentence as a sparse TF-IDF
/// vector: computed once per article and shared by feature extraction, selection, labels and keyphrases.
/// </summary>
internal sealed class ArticleTerms
{
    /// <summary>Term id of each token, -1 for punctuation and symbols.</summary>
    public readonly int[] TokenTerm;
    /// <summary>Folded hash of each term.</summary>
    public readonly int[] TermHash;
    /// <summary>Background IDF of each term.</summary>
    public readonly float[] TermIdf;
    /// <summary>Occurrences of each term in the article.</summary>
    public readonly int[] TermCount;
    /// <summary>Occurrences written with a capital not at the start of a sentence (a proper-noun signal).</summary>
    public readonly int[] TermCapitalized;
    /// <summary>True for stop words and punctuation-like terms.</summary>
    public readonly bool[] TermIsStop;
    /// <summary>Index of the first sentence holding each term.</summary>
    public readonly int[] TermFirstSentence;

    /// <summary>Sentence s's vector is entries [VectorStart[s], VectorStart[s + 1]) of VectorTerm/VectorWeight, sorted by term.</summary>
    public readonly int[] VectorStart;
    /// <summary>Term ids of the sentence vectors.</summary>
    public readonly int[] VectorTerm;
    /// <summary>TF-IDF weights of the sentence vectors.</summary>
    public readonly float[] VectorWeight;
    /// <summary>Euclidean norm of each sentence vector.</summary>
    public readonly float[] VectorNorm;
    /// <summary>Word and number tokens of each sentence.</summary>
    public readonly int[] WordCount;
    /// <summary>Content (non-stop) word tokens of each sentence.</summary>
    public readonly int[] ContentCount;

    public NewsDocument Document { get; }
    public IdfTable Idf { get; }
    public int TermTotal => TermHash.Length;
    public int SentenceCount => Document.SentenceSpan.Length;

    public ArticleTerms(NewsDocument document, IdfTable idf)
    {
        Document = document;
        Idf = idf;
        var tokens = document.StoryTokenSpan;   // the header lines name entities; they are not the story's terms
        var sentences = document.SentenceSpan;
        string text = document.Text;
        TokenTerm = new int[tokens.Length];
        // Working arrays are kept per thread for articles of ordinary size (a huge one gets its own, so no thread
        // holds on to it); only the final arrays, at their exact sizes, are allocated per article.
        var scratch = tokens.Length <= 1 << 15 ? t_scratch ??= new Scratch() : new Scratch();
        scratch.Reset(tokens.Length);
        var ids = scratch.Ids;
        int[] hashes = scratch.Hashes, counts = scratch.Counts, capitalized = scratch.Capitalized, first = scratch.First;
        int termCount = 0, sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            TokenTerm[i] = -1;
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            while (sentence < sentences.Length && sentences[sentence].EndToken <= i) sentence++;
            var span = text.AsSpan(t.Start, t.Length);
            int hash = TextFolding.FoldedHash(span);
            ref int id = ref ids.Find(hash, out bool known);
            if (!known)
            {
                id = termCount++;
                hashes[id] = hash; counts[id] = 0; capitalized[id] = 0; first[id] = sentence;
            }
            TokenTerm[i] = id;
            counts[id]++;
            bool sentenceStart = sentence < sentences.Length && sentences[sentence].FirstToken == i;
            if (!sentenceStart && char.IsUpper(span[0])) capitalized[id]++;
        }
        TermHash = hashes.AsSpan(0, termCount).ToArray();
        TermCount = counts.AsSpan(0, termCount).ToArray();
        TermCapitalized = capitalized.AsSpan(0, termCount).ToArray();
        TermFirstSentence = first.AsSpan(0, termCount).ToArray();
        TermIdf = new float[termCount];
        TermIsStop = new bool[termCount];
        for (int id = 0; id < termCount; id++)
        {
            TermIdf[id] = idf.Idf(TermHash[id]);
            TermIsStop[id] = WordClasses.IsStopWord(TermHash[id]);
        }

        // Sentence vectors: count each content term in the sentence, weight tf × idf, sort by term id.
        VectorStart = new int[sentences.Length + 1];
        WordCount = new int[sentences.Length];
        ContentCount = new int[sentences.Length];
        VectorNorm = new float[sentences.Length];
        int[] vterms = scratch.VectorTerms, present = scratch.Present;
        float[] vweights = scratch.VectorWeights;
        // Term ids are dense, so counts within a sentence live in an array indexed by term (reset after use).
        var tfs = scratch.TermFrequencies.AsSpan(0, termCount);
        tfs.Clear();
        int entries = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            int distinct = 0;
            var sent = sentences[s];
            for (int i = sent.FirstToken; i < sent.EndToken && i < tokens.Length; i++)
            {
                int id = TokenTerm[i];
                if (id < 0) continue;
                WordCount[s]++;
                if (TermIsStop[id]) continue;
                ContentCount[s]++;
                if (tfs[id]++ == 0) present[distinct++] = id;
            }
            VectorStart[s] = entries;
            // Room for one entry per token, unless a caller's document has overlapping sentences.
            if (entries + distinct > vterms.Length) scratch.GrowVectors(entries + distinct, ref vterms, ref vweights);
            foreach (int id in present.AsSpan(0, distinct)) { vterms[entries] = id; vweights[entries] = tfs[id] * TermIdf[id]; entries++; tfs[id] = 0; }
            var termSpan = vterms.AsSpan(VectorStart[s], distinct);
            var weightSpan = vweights.AsSpan(VectorStart[s], distinct);
            termSpan.Sort(weightSpan);
            double norm = 0;
            foreach (float w in weightSpan) norm += w * w;
            VectorNorm[s] = (float)Math.Sqrt(norm);
        }
        VectorStart[sentences.Length] = entries;
        VectorTerm = vterms.AsSpan(0, entries).ToArray();
        VectorWeight = vweights.AsSpan(0, entries).ToArray();
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>One thread's working memory: the term map and arrays with room for one entry per token.</summary>
    private sealed class Scratch
    {
        public readonly TermIds Ids = new();
        public int[] Hashes = [], Counts = [], Capitalized = [], First = [], VectorTerms = [], Present = [], TermFrequencies = [];
        public float[] VectorWeights = [];

        /// <summary>Empties the term map and makes room for <paramref name="tokens"/> tokens (at most one term and one vector entry each).</summary>
        public void Reset(int tokens)
        {
            Ids.Reset(tokens);
            if (Hashes.Length >= tokens) return;
            int size = Math.Max(tokens, 1024);
            Hashes = new int[size]; Counts = new int[size]; Capitalized = new int[size]; First = new int[size];
            VectorTerms = new int[size]; Present = new int[size]; TermFrequencies = new int[size];
            VectorWeights = new float[size];
        }

        /// <summary>Makes room for <paramref name="entries"/> vector entries, keeping those written.</summary>
        public void GrowVectors(int entries, ref int[] terms, ref float[] weights)
        {
            int size = Math.Max(entries, VectorTerms.Length * 2);
            Array.Resize(ref VectorTerms, size);
            Array.Resize(ref VectorWeights, size);
            terms = VectorTerms;
            weights = VectorWeights;
        }
    }

    /// <summary>
    /// One thread's map from folded word hashes to term ids, reused for every article: open addressing,
    /// emptied by moving to a new stamp rather than by clearing.
    /// </summary>
    private sealed class TermIds
    {
        private int[] _hashes = [], _ids = [];
        private uint[] _stamps = [];
        private uint _stamp;
        private int _mask;

        /// <summary>Empties the map, with room for the terms of <paramref name="tokens"/> tokens.</summary>
        public void Reset(int tokens)
        {
            int size = 1024;
            while (size < tokens * 2) size <<= 1;   // at most one term per token: load factor at most 0.5
            if (size > _stamps.Length || _stamp == uint.MaxValue)
            {
                _hashes = new int[size]; _ids = new int[size]; _stamps = new uint[size];
                _stamp = 0;
            }
            _stamp++;
            _mask = _stamps.Length - 1;
        }

        /// <summary>The id slot of <paramref name="hash"/>; when not <paramref name="known"/>, the caller sets it.</summary>
        public ref int Find(int hash, out bool known)
        {
            int slot = (int)((uint)hash * 0x9E3779B1u >> 8) & _mask;
            while (_stamps[slot] == _stamp)
            {
                if (_hashes[slot] == hash) { known = true; return ref _ids[slot]; }
                slot = (slot + 1) & _mask;
            }
            _stamps[slot] = _stamp;
            _hashes[slot] = hash;
            known = false;
            return ref _ids[slot];
        }
    }

    /// <summary>The folded hash of a token's word: its term's, or, for punctuation and symbols, hashed from the text.</summary>
    public int HashOf(int token) =>
        TokenTerm[token] is int term and >= 0 ? TermHash[term] : TextFolding.FoldedHash(Document.Span(Document.TokenSpan[token]));

    /// <summary>Cosine similarity of two sentences' TF-IDF vectors.</summary>
    public float Cosine(int a, int b)
    {
        if (VectorNorm[a] == 0 || VectorNorm[b] == 0) return 0;
        int i = VectorStart[a], ie = VectorStart[a + 1], j = VectorStart[b], je = VectorStart[b + 1];
        double dot = 0;
        while (i < ie && j < je)
        {
            int ti = VectorTerm[i], tj = VectorTerm[j];
            if (ti == tj) { dot += VectorWeight[i] * VectorWeight[j]; i++; j++; }
            else if (ti < tj) i++;
            else j++;
        }
        return (float)(dot / (VectorNorm[a] * VectorNorm[b]));
    }

    [ThreadStatic] private static float[]? t_spread;

    /// <summary>
    /// <see cref="Cosine"/> of sentence <paramref name="a"/> with each sentence from <paramref name="from"/> on, into
    /// <paramref name="result"/> (one per sentence), bit for bit the same: a's vector is spread over a row indexed by
    /// term, so each other sentence costs one read per term instead of a branchy merge. Absent terms read 0 and add
    /// +0 to a sum of non-negative products, so the sum is taken over the same terms in the same order.
    /// </summary>
    public void CosinesWith(int a, int from, Span<float> result)
    {
        // Checked before the row is touched: a failure must not leave this thread's row dirty for its next article.
        if ((uint)a >= (uint)SentenceCount || from < 0 || from + result.Length > SentenceCount) throw new ArgumentOutOfRangeException(nameof(result));
        if (VectorNorm[a] == 0) { result.Clear(); return; }
        var spread = t_spread is { } row && row.Length >= TermTotal ? row : t_spread = new float[Math.Max(TermTotal, 1024)];
        int start = VectorStart[a], end = VectorStart[a + 1];
        for (int i = start; i < end; i++) spread[VectorTerm[i]] = VectorWeight[i];
        for (int k = 0; k < result.Length; k++)
        {
            int b = from + k;
            if (VectorNorm[b] == 0) { result[k] = 0; continue; }
            double dot = 0;
            for (int j = VectorStart[b]; j < VectorStart[b + 1]; j++) dot += spread[VectorTerm[j]] * VectorWeight[j];
            result[k] = (float)(dot / (VectorNorm[a] * VectorNorm[b]));
        }
        for (int i = start; i < end; i++) spread[VectorTerm[i]] = 0;
    }
}
