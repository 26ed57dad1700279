using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsNlp.Entities;

/// <summary>
/// Induces word clusters from unlabeled text, a cheap stand-in for Brown clusters: each frequent word
/// gets a vector of its left and right neighbours (positive PMI, randomly projected to a few dozen
/// dimensions), and spherical k-means groups the vectors at three granularities. Also counts how often
/// each word is capitalised mid-sentence. Deterministic: fixed seeds, ordered loops.
/// </summary>
internal static class WordClusterer
{
    private const int MinCount = 3;
    private const int MaxVocabulary = 80_000;
    private const int ContextWords = 1000;
    private const int Dimensions = 96;

    /// <summary>Reads unlabeled sentences from CSV (an "article" column), CoNLL-U, CoNLL or plain text files (.gz too).</summary>
    public static IEnumerable<string[]> ReadSentences(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        using var reader = ConllCorpus.Open(path);
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var article in ReadCsvColumn(reader, "article"))
                foreach (var line in article.Split('\n'))
                    foreach (var sentence in SimpleSentences(line)) yield return sentence;
        }
        else if (name.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            var words = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) { if (words.Count > 0) yield return [.. words]; words.Clear(); continue; }
                if (line[0] == '#') continue;
                var cols = line.Split('\t');
                if (cols.Length < 2 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
                words.Add(cols[1]);
            }
            if (words.Count > 0) yield return [.. words];
        }
        else
        {
            string? first = reader.ReadLine();
            bool conll = first is not null && (first.StartsWith("-DOCSTART-", StringComparison.Ordinal) || first.Contains(' ') && first.Split(' ').Length is 2 or 4 && !first.Contains(". "));
            if (conll)
            {
                var words = new List<string>();
                for (string? line = first; line is not null; line = reader.ReadLine())
                {
                    if (line.Length == 0) { if (words.Count > 0) yield return [.. words]; words.Clear(); continue; }
                    if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
                    int space = line.IndexOfAny([' ', '\t']);
                    words.Add(space < 0 ? line : line[..space]);
                }
                if (words.Count > 0) yield return [.. words];
            }
            else
            {
                for (string? line = first; line is not null; line = reader.ReadLine())
                    foreach (var sentence in SimpleSentences(line)) yield return sentence;
            }
        }
    }

    /// <summary>Values of one column of an RFC 4180 CSV file (quoted fields may hold commas, quotes and newlines).</summary>
    private static IEnumerable<string> ReadCsvColumn(TextReader reader, string column)
    {
        int index = -1, field = 0;
        bool header = true;
        var value = new StringBuilder();
        var headers = new List<string>();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); value.Append('"'); }
                    else quoted = false;
                }
                else value.Append(ch);
                continue;
            }
            if (ch == '"') { quoted = true; continue; }
            if (ch == ',' || ch == '\n')
            {
                if (header) headers.Add(value.ToString().Trim('\r'));
                else if (field == index) yield return value.ToString();
                value.Clear();
                field++;
                if (ch == '\n')
                {
                    if (header) { header = false; index = headers.IndexOf(column); }
                    field = 0;
                }
                continue;
            }
            value.Append(ch);
        }
        if (!header && field == index && value.Length > 0) yield return value.ToString();
    }

    /// <summary>Splits raw text into rough sentences of rough tokens: whitespace, then punctuation peeled off the edges and "'s" split.</summary>
    public static IEnumerable<string[]> SimpleSentences(string line)
    {
        var words = new List<string>();
        foreach (var raw in line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0, end = raw.Length;
            while (start < end && !char.IsLetterOrDigit(raw[start])) words.Add(raw[start++].ToString());
            var trailing = new List<string>();
            while (end > start && !char.IsLetterOrDigit(raw[end - 1])) trailing.Add(raw[--end].ToString());
            if (end > start)
            {
                string core = raw[start..end];
                if (core.Length > 2 && (core.EndsWith("'s") || core.EndsWith("\u2019s"))) { words.Add(core[..^2]); words.Add("'s"); }
                else words.Add(core);
            }
            trailing.Reverse();
            foreach (var t in trailing)
            {
                words.Add(t);
                if (t is "." or "?" or "!" && words.Count > 3) { yield return [.. words]; words.Clear(); }
            }
        }
        if (words.Count > 0) yield return [.. words];
    }

    /// <summary>Builds the lexicon: clusters at the given granularities and capitalisation buckets.</summary>
    public static NerLexicon Induce(IEnumerable<string[]> sentences, int coarse, int medium, int fine, Action<string>? log = null)
    {
        // 1. Vocabulary of normalized words, with mid-sentence capitalisation counts.
        var ids = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var capital = new List<int>();
        var middle = new List<int>();
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Length];
            bool started = false;
            for (int i = 0; i < sentence.Length; i++)
            {
                string w = sentence[i];
                ulong key = NerHash.Normalized(w);
                ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out bool exists);
                if (!exists) { id = counts.Count; counts.Add(0); capital.Add(0); middle.Add(0); }
                counts[id]++;
                row[i] = id;
                bool isWord = w.Length > 0 && char.IsLetter(w[0]);
                if (isWord && started) { middle[id]++; if (char.IsUpper(w[0])) capital[id]++; }
                if (w.Length > 0 && char.IsLetterOrDigit(w[0])) started = true;
            }
            corpus.Add(row);
            tokens += row.Length;
        }
        log?.Invoke($"clusters: {tokens:N0} tokens, {counts.Count:N0} word types");

        // 2. Frequent words get clustered; the most frequent are the contexts.
        int[] byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        int vocabulary = 0;
        while (vocabulary < byFrequency.Length && vocabulary < MaxVocabulary && counts[byFrequency[vocabulary]] >= MinCount) vocabulary++;
        var rank = new int[counts.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < vocabulary; r++) rank[byFrequency[r]] = r;

        // 3. Context counts (left and right neighbours among the top contexts), then PPMI-weighted random projections.
        var pairs = new Dictionary<long, int>();
        var contextTotals = new long[2 * ContextWords];
        var wordTotals = new long[vocabulary];
        long all = 0;
        foreach (var row in corpus)
        {
            for (int i = 0; i < row.Length; i++)
            {
                int w = rank[row[i]];
                if (w < 0) continue;
                if (i > 0 && rank[row[i - 1]] is >= 0 and < ContextWords and int left) Count(w, left);
                else Count(w, ContextWords - 1);
                if (i + 1 < row.Length && rank[row[i + 1]] is >= 0 and < ContextWords and int right) Count(w, ContextWords + right);
                else Count(w, 2 * ContextWords - 1);
            }
        }
        void Count(int w, int c)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(pairs, (long)w * (2 * ContextWords) + c, out _)++;
            contextTotals[c]++;
            wordTotals[w]++;
            all++;
        }
        var random = new Random(20031);
        var projection = new float[2 * ContextWords * Dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[vocabulary * Dimensions];
        foreach (var (key, count) in pairs)
        {
            int w = (int)(key / (2 * ContextWords)), c = (int)(key % (2 * ContextWords));
            double pmi = Math.Log(count * (double)all / (wordTotals[w] * (double)contextTotals[c]));
            if (pmi <= 0) continue;
            var v = vectors.AsSpan(w * Dimensions, Dimensions);
            var p = projection.AsSpan(c * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++) v[d] += (float)pmi * p[d];
        }
        for (int w = 0; w < vocabulary; w++) Normalize(vectors.AsSpan(w * Dimensions, Dimensions));

        // 4. Spherical k-means at three granularities.
        var assignments = new int[3][];
        int[] ks = [coarse, medium, fine];
        for (int g = 0; g < 3; g++)
        {
            // (No unlabeled text, or too little for one frequent word: no clusters, only capitalisation statistics.)
            assignments[g] = vocabulary == 0 ? [] : KMeans(vectors, vocabulary, Math.Min(ks[g], vocabulary), iterations: 12);
            log?.Invoke($"clusters: k={ks[g]} done");
        }

        var entries = new Dictionary<ulong, LexiconEntry>();
        foreach (var (key, id) in ids)
        {
            int r = rank[id];
            byte cap = NerLexicon.CapitalBucketOf(capital[id], middle[id]);
            if (r < 0 && (middle[id] < 2)) continue;
            entries[key] = r < 0
                ? new LexiconEntry(ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, cap)
                : new LexiconEntry((ushort)assignments[0][r], (ushort)assignments[1][r], (ushort)assignments[2][r], cap);
        }
        return new NerLexicon(entries);
    }

    private static void Normalize(Span<float> v)
    {
        float norm = 0;
        foreach (float x in v) norm += x * x;
        if (norm <= 0) return;
        float inv = 1f / MathF.Sqrt(norm);
        for (int d = 0; d < v.Length; d++) v[d] *= inv;
    }

    private static int[] KMeans(float[] vectors, int n, int k, int iterations)
    {
        // Seeds: the k most frequent words (rows are in frequency order), so the result is deterministic.
        var centroids = new float[k * Dimensions];
        Array.Copy(vectors, centroids, k * Dimensions);
        var assignment = new int[n];
        for (int it = 0; it < iterations; it++)
        {
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, w =>
            {
                var v = vectors.AsSpan(w * Dimensions, Dimensions);
                int best = 0;
                float top = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, centroids.AsSpan(c * Dimensions, Dimensions));
                    if (dot > top) { top = dot; best = c; }
                }
                assignment[w] = best;
            });
            Array.Clear(centroids);
            for (int w = 0; w < n; w++)
            {
                var c = centroids.AsSpan(assignment[w] * Dimensions, Dimensions);
                var v = vectors.AsSpan(w * Dimensions, Dimensions);
                for (int d = 0; d < Dimensions; d++) c[d] += v[d];
            }
            for (int c = 0; c < k; c++) Normalize(centroids.AsSpan(c * Dimensions, Dimensions));
        }
        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
