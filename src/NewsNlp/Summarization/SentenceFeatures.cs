using System.Runtime.Intrinsics;

namespace NewsNlp.Summarization;

/// <summary>
/// The features the sentence ranker scores: position, length, term weight against the background IDF,
/// centrality, entity and title coverage, numbers, quotes, attribution and form. One row of
/// <see cref="Count"/> floats per sentence.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>Feature names, in vector order (the model card lists their importance).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Index", "RelativePosition", "SentenceCount", "ParagraphOrdinal", "IndexInParagraph", "FirstInParagraph",
        "ParagraphSentences", "Words", "Characters", "ContentRatio",
        "MeanIdf", "TermWeight", "TermDensity", "TermWeightRank",
        "LexRank", "LexRankRank", "CentroidSimilarity", "LeadSimilarity", "PreviousSimilarity",
        "EntitySalience", "ProperNounWeight", "TitleOverlap",
        "Numbers", "HasQuote", "QuotedFraction", "Attribution", "Question", "OpensWithPronoun", "OpensWithConnective",
        "NoFinalStop", "FirstPerson", "NewTerms",
    ];

    /// <summary>Number of features per sentence.</summary>
    public static int Count => Names.Count;

    // Centrality is a dense graph: beyond this many sentences later ones get centroid similarity only.
    private const int MaxGraphSentences = 200;

    /// <summary>Computes the feature rows of every sentence of a document (row s at [s * Count, (s + 1) * Count)).</summary>
    public static float[] Extract(NewsDocument document, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(idf);
        return Extract(new ArticleTerms(document, idf));
    }

    internal static float[] Extract(ArticleTerms terms)
    {
        var doc = terms.Document;
        var sentences = doc.SentenceSpan;
        int n = sentences.Length, f = Count;
        var x = new float[n * f];
        if (n == 0) return x;
        string text = doc.Text;

        // Paragraph layout: ordinal among paragraphs with sentences, sentence index inside, size.
        var paragraphOrdinal = new int[n];
        var indexInParagraph = new int[n];
        var paragraphSize = new int[n];
        for (int s = 0, ordinal = -1, runStart = 0; s < n; s++)
        {
            if (s == 0 || sentences[s].Paragraph != sentences[s - 1].Paragraph) { ordinal++; runStart = s; }
            paragraphOrdinal[s] = ordinal;
            indexInParagraph[s] = s - runStart;
        }
        for (int s = n - 1; s >= 0; s--)
            paragraphSize[s] = s + 1 < n && sentences[s + 1].Paragraph == sentences[s].Paragraph ? paragraphSize[s + 1] : indexInParagraph[s] + 1;

        // Term weight: each distinct content term counts idf × log(1 + tf in article).
        var termWeight = new float[n];
        var meanIdf = new float[n];
        var newTerms = new float[n];
        for (int s = 0; s < n; s++)
        {
            double weight = 0, idfSum = 0; int fresh = 0;
            for (int k = terms.VectorStart[s]; k < terms.VectorStart[s + 1]; k++)
            {
                int id = terms.VectorTerm[k];
                weight += terms.TermIdf[id] * Math.Log(1 + terms.TermCount[id]);
                idfSum += terms.TermIdf[id];
                if (terms.TermFirstSentence[id] == s) fresh++;
            }
            int distinct = terms.VectorStart[s + 1] - terms.VectorStart[s];
            termWeight[s] = (float)weight;
            meanIdf[s] = distinct == 0 ? 0 : (float)(idfSum / distinct);
            newTerms[s] = fresh;
        }

        var lexRank = LexRank(terms, Math.Min(n, MaxGraphSentences));
        var centroid = CentroidSimilarity(terms);
        var termRank = Ranks(termWeight);
        var lexRankRank = Ranks(lexRank);
        var entity = EntityCoverage(doc);
        var titleTerms = TitleTerms(doc.Title);

        for (int s = 0; s < n; s++)
        {
            var sent = sentences[s];
            var row = x.AsSpan(s * f, f);
            row[0] = s;
            row[1] = n == 1 ? 0 : s / (float)(n - 1);
            row[2] = n;
            row[3] = paragraphOrdinal[s];
            row[4] = indexInParagraph[s];
            row[5] = indexInParagraph[s] == 0 ? 1 : 0;
            row[6] = paragraphSize[s];
            row[7] = terms.WordCount[s];
            row[8] = sent.Length;
            row[9] = terms.WordCount[s] == 0 ? 0 : terms.ContentCount[s] / (float)terms.WordCount[s];
            row[10] = meanIdf[s];
            row[11] = termWeight[s];
            row[12] = terms.WordCount[s] == 0 ? 0 : termWeight[s] / terms.WordCount[s];
            row[13] = termRank[s];
            row[14] = lexRank[s] * n;
            row[15] = lexRankRank[s];
            row[16] = centroid[s];
            row[17] = s == 0 ? 1 : terms.Cosine(0, s);
            row[18] = s == 0 ? 0 : terms.Cosine(s - 1, s);
            row[19] = entity[s];

            int numbers = 0, quoteChars = 0, attribution = 0, firstPerson = 0, titleHits = 0;
            double proper = 0;
            bool inQuote = false; int quoteStart = 0;
            var seenTitle = titleTerms.Count > 0 ? new HashSet<int>() : null;
            for (int i = sent.FirstToken; i < sent.EndToken; i++)
            {
                var token = doc.TokenSpan[i];
                var span = text.AsSpan(token.Start, token.Length);
                if (token.Kind == TokenKind.Number) numbers++;
                if (span.Length == 1 && span[0] is '"' or '\u201C' or '\u201D')
                {
                    if (inQuote) quoteChars += token.End - quoteStart;
                    else quoteStart = token.Start;
                    inQuote = !inQuote;
                }
                int id = terms.TokenTerm[i];
                if (id < 0) continue;
                int hash = terms.TermHash[id];
                if (WordClasses.IsAttributionVerb(hash)) attribution = 1;
                if (span is "I" or "we" or "We" or "my" or "My" or "our" or "Our") firstPerson = 1;
                if (i > sent.FirstToken && char.IsUpper(span[0]) && !terms.TermIsStop[id])
                    proper += Math.Log(1 + terms.TermCapitalized[id]);
                if (seenTitle is not null && titleTerms.Contains(hash) && seenTitle.Add(hash)) titleHits++;
            }
            if (inQuote) quoteChars += sent.End - quoteStart;
            row[20] = (float)proper;
            row[21] = titleTerms.Count == 0 ? 0 : titleHits / (float)titleTerms.Count;
            row[22] = numbers;
            row[23] = text.AsSpan(sent.Start, sent.Length).IndexOfAny('"', '\u201C', '\u201D') >= 0 ? 1 : 0;
            row[24] = sent.Length == 0 ? 0 : Math.Min(1f, quoteChars / (float)sent.Length);
            row[25] = attribution;
            char last = LastNonQuote(text.AsSpan(sent.Start, sent.Length));
            row[26] = last == '?' ? 1 : 0;
            int firstTerm = FirstTermOf(terms, sent);
            row[27] = firstTerm >= 0 && WordClasses.IsPronoun(terms.TermHash[firstTerm]) ? 1 : 0;
            row[28] = firstTerm >= 0 && WordClasses.IsConnective(terms.TermHash[firstTerm]) ? 1 : 0;
            row[29] = last is '.' or '!' or '?' ? 0 : 1;
            row[30] = firstPerson;
            row[31] = newTerms[s];
        }
        return x;
    }

    private static char LastNonQuote(ReadOnlySpan<char> s)
    {
        for (int i = s.Length - 1; i >= 0; i--)
            if (s[i] is not ('"' or '\'' or '\u201D' or '\u2019' or ')' or ']') && !char.IsWhiteSpace(s[i])) return s[i];
        return '\0';
    }

    private static int FirstTermOf(ArticleTerms terms, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (terms.TokenTerm[i] >= 0) return terms.TokenTerm[i];
        return -1;
    }

    private static HashSet<int> TitleTerms(string? title)
    {
        var set = new HashSet<int>();
        if (string.IsNullOrWhiteSpace(title)) return set;
        int i = 0;
        while (i < title.Length)
        {
            while (i < title.Length && !char.IsLetterOrDigit(title[i])) i++;
            int start = i;
            while (i < title.Length && char.IsLetterOrDigit(title[i])) i++;
            if (i > start)
            {
                int hash = TextFolding.FoldedHash(title.AsSpan(start, i - start));
                if (!WordClasses.IsStopWord(hash)) set.Add(hash);
            }
        }
        return set;
    }

    [ThreadStatic] private static float[]? t_similarity;

    /// <summary>LexRank: PageRank over the cosine-similarity graph of the first <paramref name="m"/> sentences.</summary>
    private static float[] LexRank(ArticleTerms terms, int m)
    {
        var score = new float[terms.SentenceCount];
        if (m == 0) return score;
        // The similarity matrix (up to 200 × 200) is this thread's, reused: a fresh one per article would be up to
        // 160 KB of garbage, on the large object heap past 145 sentences. Every cell read is written first, the diagonal too.
        var sim = t_similarity ??= new float[MaxGraphSentences * MaxGraphSentences];
        var rowSum = new float[m];
        for (int a = 0; a < m; a++)
        {
            sim[a * m + a] = 0;
            var cosines = sim.AsSpan(a * m + a + 1, m - a - 1);
            terms.CosinesWith(a, a + 1, cosines);
            for (int b = a + 1; b < m; b++)
            {
                float c = cosines[b - a - 1];
                sim[b * m + a] = c;
                rowSum[a] += c; rowSum[b] += c;
            }
        }
        var p = new float[m];
        var next = new float[m];
        Array.Fill(p, 1f / m);
        const float damping = 0.85f;
        var sum = new double[m];
        for (int iteration = 0; iteration < 30; iteration++)
        {
            // sum[b] = Σₐ p[a] · sim[a, b] / rowSum[a], row by row so eight b's go at once; each term is the same
            // float product and quotient, added in the same order of a, so the result is bit for bit the same.
            Array.Clear(sum);
            for (int a = 0; a < m; a++)
            {
                if (!(rowSum[a] > 0)) continue;
                var row = sim.AsSpan(a * m, m);
                var pa = Vector256.Create(p[a]);
                var ra = Vector256.Create(rowSum[a]);
                int b = 0;
                for (; b + 8 <= m; b += 8)
                {
                    var (lo, hi) = Vector256.Widen(pa * Vector256.Create<float>(row.Slice(b, 8)) / ra);
                    (Vector256.Create<double>(sum.AsSpan(b, 4)) + lo).CopyTo(sum.AsSpan(b, 4));
                    (Vector256.Create<double>(sum.AsSpan(b + 4, 4)) + hi).CopyTo(sum.AsSpan(b + 4, 4));
                }
                for (; b < m; b++) sum[b] += p[a] * row[b] / rowSum[a];
            }
            for (int b = 0; b < m; b++) next[b] = (float)((1 - damping) / m + damping * sum[b]);
            (p, next) = (next, p);
        }
        Array.Copy(p, score, m);
        return score;
    }

    /// <summary>Cosine of each sentence with the rest of the article (its centroid minus the sentence).</summary>
    private static float[] CentroidSimilarity(ArticleTerms terms)
    {
        int n = terms.SentenceCount;
        var centroid = new float[terms.TermTotal];
        for (int k = 0; k < terms.VectorTerm.Length; k++) centroid[terms.VectorTerm[k]] += terms.VectorWeight[k];
        var result = new float[n];
        double centroidNormSq = 0;
        foreach (float c in centroid) centroidNormSq += c * c;
        for (int s = 0; s < n; s++)
        {
            double dot = 0, normSq = centroidNormSq;
            for (int k = terms.VectorStart[s]; k < terms.VectorStart[s + 1]; k++)
            {
                float w = terms.VectorWeight[k], c = centroid[terms.VectorTerm[k]];
                dot += w * (c - w);
                normSq += (c - w) * (c - w) - c * c;
            }
            double denominator = terms.VectorNorm[s] * Math.Sqrt(Math.Max(normSq, 0));
            result[s] = denominator == 0 ? 0 : (float)(dot / denominator);
        }
        return result;
    }

    /// <summary>Rank of each value among all (0 = highest), divided by the count: 0 is best, near 1 worst.</summary>
    private static float[] Ranks(float[] values)
    {
        int n = values.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => values[b] != values[a] ? values[b].CompareTo(values[a]) : a.CompareTo(b));
        var rank = new float[n];
        for (int r = 0; r < n; r++) rank[order[r]] = r / (float)n;
        return rank;
    }

    /// <summary>Sum of the salience of the named entities each sentence mentions (0 everywhere when no recognizer ran).</summary>
    private static float[] EntityCoverage(NewsDocument doc)
    {
        var sentences = doc.SentenceSpan;
        var result = new float[sentences.Length];
        if (doc.Entities.Count == 0 || sentences.Length == 0) return result;
        var lastSeen = new int[sentences.Length];
        Array.Fill(lastSeen, -1);
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var entity = doc.Entities[e];
            if (entity.Type > EntityType.Misc) continue;
            foreach (var mention in entity.Mentions)
            {
                int s = SentenceAt(sentences, mention.Start);
                if (s < 0 || lastSeen[s] == e) continue;
                lastSeen[s] = e;
                result[s] += (float)entity.Salience;
            }
        }
        return result;
    }

    /// <summary>Index of the sentence containing an offset, or -1.</summary>
    internal static int SentenceAt(ReadOnlySpan<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sentences[mid].End <= offset) lo = mid + 1;
            else if (sentences[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
