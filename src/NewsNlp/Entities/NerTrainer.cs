using System.Diagnostics;

namespace NewsNlp.Entities;

/// <summary>Settings of <see cref="NerTrainer"/>; the defaults reproduce the shipped model.</summary>
internal sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 8;
    public int Seed { get; init; } = 2003;
    public int CoarseClusters { get; init; } = 64;
    public int MediumClusters { get; init; } = 256;
    public int FineClusters { get; init; } = 1024;
    /// <summary>Out of 100 training sentences, how many are added again in lower case, upper case and headline case.</summary>
    public int LowerPercent { get; init; } = 5;
    public int UpperPercent { get; init; } = 5;
    public int TitlePercent { get; init; } = 4;
}

/// <summary>
/// Trains the recognizer: a structured averaged perceptron (Collins 2002) over BILOU tags with Viterbi
/// decoding, gazetteers from the training data (built two-fold, so the model learns how much to trust a
/// name it has not memorised) and document history from its own predictions. Keeps the epoch that scores
/// best on the development set, or the last epoch when there is none. Deterministic for a given seed.
/// </summary>
internal sealed class NerTrainer
{
    private const int T = BilouTags.Count;
    private readonly NerTrainingOptions _options;
    private readonly Action<string> _log;

    public NerTrainer(NerTrainingOptions options, Action<string> log)
    {
        _options = options;
        _log = log;
    }

    private sealed class Sentence
    {
        public required int[] Features;   // n × FeatureCount weight rows (-1 absent); history slots filled per sentence
        public required byte[] Gold;
        public required int Length;
        public required ulong[] Norms;
        public required byte[] Classes;
    }

    public NerModel Train(List<ConllDocument> train, List<ConllDocument> dev, IEnumerable<string[]> unlabeled, IReadOnlyList<(string[] Words, int Type)> externalNames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Epochs, 1);
        var clock = Stopwatch.StartNew();
        var lexicon = WordClusterer.Induce(unlabeled, _options.CoarseClusters, _options.MediumClusters, _options.FineClusters, _log);
        _log($"lexicon: {lexicon.Count:N0} words ({clock.Elapsed.TotalSeconds:F0} s)");

        var full = BuildGazetteer(train, _ => true, externalNames);
        var even = BuildGazetteer(train, d => d % 2 == 0, externalNames);
        var odd = BuildGazetteer(train, d => d % 2 == 1, externalNames);
        _log($"gazetteer: {full.Count:N0} names ({externalNames.Count:N0} external mentions)");

        // Static features once; documents in one half see the gazetteer of the other half.
        var documents = new List<List<Sentence>>();
        var featurizers = new[] { new NerFeaturizer(lexicon, odd), new NerFeaturizer(lexicon, even) };
        // Every feature seen in training gets a row; history keys get theirs up front.
        var rowOf = new Dictionary<ulong, int>();
        foreach (ulong key in NerFeaturizer.AllHistoryKeys()) rowOf.TryAdd(key, rowOf.Count);
        var scratch = new NerFeaturizer.Scratch();
        var augmented = new List<string[]>();
        var augmentedTags = new List<byte[]>();
        int counter = 0;
        for (int d = 0; d < train.Count; d++)
        {
            var doc = train[d];
            var featurizer = featurizers[d % 2];
            var (text, tokens, ranges) = doc.ToText();
            var sentences = new List<Sentence>();
            for (int s = 0; s < ranges.Length; s++)
            {
                var (first, count) = ranges[s];
                var gold = GoldTags(doc.Tags[s]);
                sentences.Add(Featurize(featurizer, text, tokens.AsSpan(first, count), gold, scratch, rowOf));
                int roll = counter++ % 100;
                if (roll < _options.LowerPercent) AddCopy(doc.Words[s], gold, w => w.ToLowerInvariant());
                else if (roll < _options.LowerPercent + _options.UpperPercent) AddCopy(doc.Words[s], gold, w => w.ToUpperInvariant());
                else if (roll < _options.LowerPercent + _options.UpperPercent + _options.TitlePercent) AddCopy(doc.Words[s], gold, HeadlineCase);
            }
            documents.Add(sentences);
        }
        void AddCopy(string[] words, byte[] gold, Func<string, string> change)
        {
            augmented.Add([.. words.Select(change)]);
            augmentedTags.Add(gold);
        }
        // Case-changed copies stand alone (no document history), each with the gazetteer of its source half.
        for (int a = 0; a < augmented.Count; a++)
        {
            var (text, tokens, _) = ConllDocument.Build([augmented[a]]);
            documents.Add([Featurize(featurizers[a % 2], text, tokens, augmentedTags[a], scratch, rowOf)]);
        }
        _log($"features: {documents.Sum(d => d.Count):N0} sentences incl. {augmented.Count:N0} case-changed copies ({clock.Elapsed.TotalSeconds:F0} s)");

        int rows = rowOf.Count;
        var keyOf = new ulong[rows];
        foreach (var (key, row) in rowOf) keyOf[row] = key;
        _log($"features: {rows:N0} distinct");
        var weights = new float[rows * T];
        var totals = new float[rows * T];       // sum of step × update, for lazy averaging
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new float[(T + 1) * T];
        float step = 1;
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var emissions = new float[NerFeaturizer.MaxSentenceTokens * 4 * T];
        var back = new byte[emissions.Length];
        var predicted = new byte[NerFeaturizer.MaxSentenceTokens * 4];
        NerModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var history = new Dictionary<ulong, NerFeaturizer.HistoryCounts>();
        var historyKeys = new ulong[NerFeaturizer.MaxSentenceTokens * 4 * NerFeaturizer.FeatureCount];
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int d in order)
            {
                history.Clear();
                foreach (var sentence in documents[d])
                {
                    int n = sentence.Length;
                    if (n > predicted.Length) continue;
                    var features = sentence.Features.AsSpan();
                    // History slots come from this epoch's own predictions, as at tagging time.
                    var keys = historyKeys.AsSpan(0, n * NerFeaturizer.FeatureCount);
                    keys.Clear();
                    featurizers[0].ExtractHistory(history, sentence.Norms, sentence.Classes, keys);
                    for (int i = 0; i < n; i++)
                        for (int k = NerFeaturizer.StaticCount; k < NerFeaturizer.FeatureCount; k++)
                        {
                            int slot = i * NerFeaturizer.FeatureCount + k;
                            features[slot] = keys[slot] == 0 ? -1 : rowOf[keys[slot]];
                        }
                    Score(features, n, weights, emissions);
                    NerDecoder.Decode(emissions, n, transitions, back, predicted);
                    var pred = predicted.AsSpan(0, n);
                    if (!pred.SequenceEqual(sentence.Gold))
                    {
                        mistakes++;
                        Update(features, sentence.Gold, pred, weights, totals, transitions, transitionTotals, step);
                    }
                    NerFeaturizer.UpdateHistory(history, sentence.Norms, sentence.Classes, pred);
                    step++;
                }
            }
            if (dev.Count == 0)
            {
                // No development set: the epoch count is fixed (chosen on one before), so only the last is averaged.
                _log($"epoch {epoch}: {mistakes:N0} sentences wrong ({clock.Elapsed.TotalSeconds:F0} s)");
                if (epoch == _options.Epochs) best = Average(weights, totals, keyOf, transitions, transitionTotals, step, lexicon, full);
                continue;
            }
            var model = Average(weights, totals, keyOf, transitions, transitionTotals, step, lexicon, full);
            double f1 = Evaluate(model, dev);
            _log($"epoch {epoch}: {mistakes:N0} sentences wrong, dev F1 {f1:F2} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (f1 > bestF1) { bestF1 = f1; best = model; bestEpoch = epoch; }
        }
        if (dev.Count > 0) _log($"best: epoch {bestEpoch}, dev F1 {bestF1:F2}");
        return best!;
    }

    private static Sentence Featurize(NerFeaturizer featurizer, string text, ReadOnlySpan<Token> tokens, byte[] gold, NerFeaturizer.Scratch scratch, Dictionary<ulong, int> rowOf)
    {
        var keys = new ulong[tokens.Length * NerFeaturizer.FeatureCount];
        featurizer.ExtractStatic(text, tokens, scratch, keys);
        var features = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) { features[i] = -1; continue; }
            ref int row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(rowOf, keys[i], out bool exists);
            if (!exists) row = rowOf.Count - 1;
            features[i] = row;
        }
        // Keep the token hashes the history needs alongside the features.
        return new Sentence { Features = features, Gold = gold, Length = tokens.Length, Norms = scratch.Norm[..tokens.Length], Classes = scratch.Class[..tokens.Length] };
    }

    private static byte[] GoldTags(string[] iob)
    {
        var tags = new byte[iob.Length];
        BilouTags.FromSpans(ConllCorpus.SpansOfIob(iob).ToArray(), tags);
        return tags;
    }

    private static string HeadlineCase(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return word;
        if (word.Length <= 3 && word.All(char.IsLower)) return word;   // "to", "in", "of" stay small in headlines
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>Names of the training documents selected by <paramref name="take"/>, with their types.</summary>
    private static NerGazetteer BuildGazetteer(List<ConllDocument> documents, Func<int, bool> take, IReadOnlyList<(string[] Words, int Type)> external)
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var (words, type) in external)
        {
            if (words.Length > NerGazetteer.MaxLength) continue;
            ulong h = NerGazetteer.Seed;
            foreach (var w in words) h = NerGazetteer.Extend(h, NerHash.Normalized(w));
            entries.TryGetValue(h, out byte mask);
            entries[h] = (byte)(mask | 1 << (4 + type));
        }
        for (int d = 0; d < documents.Count; d++)
        {
            if (!take(d)) continue;
            var doc = documents[d];
            for (int s = 0; s < doc.Words.Count; s++)
            {
                foreach (var (start, end, type) in ConllCorpus.SpansOfIob(doc.Tags[s]))
                {
                    if (end - start > NerGazetteer.MaxLength) continue;
                    ulong h = NerGazetteer.Seed;
                    for (int i = start; i < end; i++) h = NerGazetteer.Extend(h, NerHash.Normalized(doc.Words[s][i]));
                    entries.TryGetValue(h, out byte mask);
                    entries[h] = (byte)(mask | 1 << type);
                }
            }
        }
        return new NerGazetteer(entries);
    }

    private static void Score(ReadOnlySpan<int> features, int n, float[] weights, Span<float> emissions)
    {
        for (int i = 0; i < n; i++)
        {
            var e = emissions.Slice(i * T, T);
            e.Clear();
            foreach (int bucket in features.Slice(i * NerFeaturizer.FeatureCount, NerFeaturizer.FeatureCount))
            {
                if (bucket < 0) continue;
                var row = weights.AsSpan(bucket * T, T);
                for (int t = 0; t < T; t++) e[t] += row[t];
            }
        }
    }

    private static void Update(ReadOnlySpan<int> features, ReadOnlySpan<byte> gold, ReadOnlySpan<byte> pred,
        float[] weights, float[] totals, float[] transitions, float[] transitionTotals, float step)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = pred[i];
            int gFrom = i == 0 ? BilouTags.StartRow : gold[i - 1], pFrom = i == 0 ? BilouTags.StartRow : pred[i - 1];
            if (g != p)
            {
                foreach (int bucket in features.Slice(i * NerFeaturizer.FeatureCount, NerFeaturizer.FeatureCount))
                {
                    if (bucket < 0) continue;
                    weights[bucket * T + g] += 1; totals[bucket * T + g] += step;
                    weights[bucket * T + p] -= 1; totals[bucket * T + p] -= step;
                }
            }
            if (g != p || gFrom != pFrom)
            {
                transitions[gFrom * T + g] += 1; transitionTotals[gFrom * T + g] += step;
                transitions[pFrom * T + p] -= 1; transitionTotals[pFrom * T + p] -= step;
            }
        }
    }

    /// <summary>The averaged weights (w − Σ step·Δ / steps), quantised to 16 bits; only non-zero rows are kept.</summary>
    private NerModel Average(float[] weights, float[] totals, ulong[] keyOf, float[] transitions, float[] transitionTotals, float steps, NerLexicon lexicon, NerGazetteer gazetteer)
    {
        float max = 0;
        for (int i = 0; i < weights.Length; i++) max = Math.Max(max, Math.Abs(weights[i] - totals[i] / steps));
        float scale = max > 0 ? max / 32767f : 1f;
        var kept = new List<(ulong Key, int Row)>();
        var quantised = new short[weights.Length];
        int nonZero = 0;
        for (int b = 0; b < weights.Length / T; b++)
        {
            bool any = false;
            for (int t = 0; t < T; t++)
            {
                int i = b * T + t;
                quantised[i] = (short)Math.Round((weights[i] - totals[i] / steps) / scale);
                if (quantised[i] != 0) { any = true; nonZero++; }
            }
            if (any) kept.Add((keyOf[b], b));
        }
        kept.Sort((x, y) => x.Key.CompareTo(y.Key));
        var keys = new ulong[kept.Count];
        var rows = new short[kept.Count * T];
        for (int k = 0; k < kept.Count; k++)
        {
            keys[k] = kept[k].Key;
            quantised.AsSpan(kept[k].Row * T, T).CopyTo(rows.AsSpan(k * T, T));
        }
        _log($"weights: max {max:F2}, {nonZero:N0} non-zero in {kept.Count:N0} rows");
        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++) averagedTransitions[i] = transitions[i] - transitionTotals[i] / steps;
        return new NerModel(keys, rows, scale, averagedTransitions, lexicon, gazetteer);
    }

    /// <summary>Entity-level F1 on tagged documents, counted as conlleval does.</summary>
    public static double Evaluate(NerModel model, List<ConllDocument> documents)
    {
        long correct = 0, guessed = 0, gold = 0;
        var predictedSpans = new List<(int, int, int)>();
        foreach (var doc in documents)
        {
            var (text, tokens, ranges) = doc.ToText();
            var tags = new byte[tokens.Length];
            model.TagDocument(text, tokens, ranges, tags);
            for (int s = 0; s < ranges.Length; s++)
            {
                var goldSpans = ConllCorpus.SpansOfIob(doc.Tags[s]);
                predictedSpans.Clear();
                BilouTags.ToSpans(tags.AsSpan(ranges[s].First, ranges[s].Count), predictedSpans);
                gold += goldSpans.Count;
                guessed += predictedSpans.Count;
                foreach (var span in predictedSpans) if (goldSpans.Contains(span)) correct++;
            }
        }
        double p = guessed == 0 ? 0 : correct / (double)guessed, r = gold == 0 ? 0 : correct / (double)gold;
        return p + r == 0 ? 0 : 200 * p * r / (p + r);
    }
}
