using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace NewsNlp.Entities;

/// <summary>
/// The trained PER/LOC/ORG/MISC tagger: hashed feature weights (16-bit, one row of 17 tag scores per
/// bucket), tag transitions, the word lexicon and the gazetteer. Immutable after loading and shared by
/// all threads; each thread keeps its own scratch buffers.
/// </summary>
internal sealed class NerModel
{
    private static ReadOnlySpan<byte> Magic => "NEWSNLP-NER\u0002"u8;
    private static ReadOnlySpan<byte> EndMagic => "END."u8;
    private const int T = BilouTags.Count;

    // Only a few hundred thousand weights are ever non-zero (the perceptron touches features of mistakes
    // only), so rows live densely in _rows and an open-addressing table maps a feature's 64-bit key to its
    // row: a few MB that stay in cache. Full keys, not hash buckets, so a feature never seen in training
    // adds nothing instead of another feature's weights.
    private readonly ulong[] _keys;       // key of each stored row, ascending
    private readonly short[] _rows;       // row r at [r × 17, r × 17 + 17)
    private readonly ulong[] _slots;      // key (0 = empty), linear probing
    private readonly int[] _slotRows;
    private readonly int _slotMask;
    private readonly float _scale;
    private readonly float[] _transitions;

    [ThreadStatic] private static Buffers? t_buffers;

    /// <summary>A model from its stored rows: <paramref name="keys"/> ascending, <paramref name="rows"/> 17 weights each, scaled by <paramref name="scale"/>.</summary>
    public NerModel(ulong[] keys, short[] rows, float scale, float[] transitions, NerLexicon lexicon, NerGazetteer gazetteer)
    {
        if (rows.Length != keys.Length * T) throw new ArgumentException("Row count does not match the key count.", nameof(rows));
        _keys = keys;
        _rows = rows;
        _scale = scale;
        _transitions = transitions;
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _slots = new ulong[size];
        _slotRows = new int[size];
        _slotMask = size - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            int slot = (int)keys[r] & _slotMask;
            while (_slots[slot] != 0) slot = (slot + 1) & _slotMask;
            _slots[slot] = keys[r];
            _slotRows[slot] = r;
        }
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Featurizer = new NerFeaturizer(lexicon, gazetteer);
    }

    /// <summary>Number of stored (non-zero) weight rows.</summary>
    public int RowCount => _keys.Length;

    private int RowOf(ulong key)
    {
        int slot = (int)key & _slotMask;
        while (true)
        {
            ulong k = _slots[slot];
            if (k == key) return _slotRows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _slotMask;
        }
    }

    public NerLexicon Lexicon { get; }

    public NerGazetteer Gazetteer { get; }

    public NerFeaturizer Featurizer { get; }

    private sealed class Buffers
    {
        public readonly NerFeaturizer.Scratch Scratch = new();
        public ulong[] Features = new ulong[64 * NerFeaturizer.FeatureCount];
        public float[] Emissions = new float[64 * T];
        public byte[] Back = new byte[64 * T];

        public void Ensure(int n)
        {
            if (Back.Length >= n * T) return;
            int size = Math.Max(n, Back.Length / T * 2);
            Features = new ulong[size * NerFeaturizer.FeatureCount];
            Emissions = new float[size * T];
            Back = new byte[size * T];
        }
    }

    /// <summary>
    /// Tags every token of a document with BILOU tags. Sentences are token ranges; history (how words were
    /// tagged earlier in the document) carries from one sentence to the next.
    /// </summary>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> sentences, Span<byte> tags)
    {
        var b = t_buffers ??= new Buffers();
        var s = b.Scratch;
        s.History.Clear();
        // Left to right, each sentence seeing how words were tagged before it (a second pass over the whole
        // document's tags was tried and did not help on CoNLL testa).
        foreach (var (first, count) in sentences)
            for (int start = 0; start < count; start += NerFeaturizer.MaxSentenceTokens)
            {
                int n = Math.Min(NerFeaturizer.MaxSentenceTokens, count - start);
                TagSentence(text, tokens.Slice(first + start, n), tags.Slice(first + start, n), b, update: true);
            }
        // Keep the table from growing without bound across huge documents handled by this thread.
        if (s.History.Count > 50_000) s.History.TrimExcess(1024);
    }

    private void TagSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Buffers b, bool update)
    {
        int n = tokens.Length;
        if (n == 0) return;
        b.Ensure(n);
        var features = b.Features.AsSpan(0, n * NerFeaturizer.FeatureCount);
        Featurizer.ExtractStatic(text, tokens, b.Scratch, features);
        var s = b.Scratch;
        Featurizer.ExtractHistory(s.History, s.Norm.AsSpan(0, n), s.Class.AsSpan(0, n), features);
        Score(features, n, b.Emissions);
        NerDecoder.Decode(b.Emissions, n, _transitions, b.Back, tags);
        if (update) NerFeaturizer.UpdateHistory(s.History, s.Norm.AsSpan(0, n), s.Class.AsSpan(0, n), tags[..n]);
    }

    private void Score(ReadOnlySpan<ulong> features, int n, Span<float> emissions)
    {
        var w = _rows;
        Span<int> acc = stackalloc int[T];
        for (int i = 0; i < n; i++)
        {
            acc.Clear();
            var f = features.Slice(i * NerFeaturizer.FeatureCount, NerFeaturizer.FeatureCount);
            foreach (ulong key in f)
            {
                if (key == 0) continue;
                int r = RowOf(key);
                if (r < 0) continue;
                var row = w.AsSpan(r * T, T);
                for (int t = 0; t < T; t++) acc[t] += row[t];
            }
            var e = emissions.Slice(i * T, T);
            for (int t = 0; t < T; t++) e[t] = acc[t] * _scale;
        }
    }

    /// <summary>Writes the model as a Brotli-compressed binary: only non-zero weight rows are stored.</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(_scale);
        foreach (float t in _transitions) w.Write(t);
        var lexicon = Lexicon.Entries.OrderBy(e => e.Key).ToArray();
        w.Write(lexicon.Length);
        foreach (var (key, e) in lexicon) { w.Write(key); w.Write(e.Coarse); w.Write(e.Medium); w.Write(e.Fine); w.Write(e.CapitalBucket); }
        var gazetteer = Gazetteer.Entries.OrderBy(e => e.Key).ToArray();
        w.Write(gazetteer.Length);
        foreach (var (key, mask) in gazetteer) { w.Write(key); w.Write(mask); }
        w.Write(_keys.Length);
        for (int r = 0; r < _keys.Length; r++)
        {
            w.Write(_keys[r]);
            for (int t = 0; t < T; t++) w.Write(_rows[r * T + t]);
        }
        w.Write(EndMagic);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">The data is not a NewsNlp NER model, or is corrupt or truncated.</exception>
    public static NerModel Load(Stream stream, string name)
    {
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
            Span<byte> magic = stackalloc byte[Magic.Length];
            r.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic)) throw new InvalidDataException("not a NewsNlp NER model (bad header)");
            float scale = r.ReadSingle();
            var transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            int lexiconCount = CheckedCount(r.ReadInt32(), 10_000_000);
            var lexicon = new Dictionary<ulong, LexiconEntry>(lexiconCount);
            for (int i = 0; i < lexiconCount; i++)
                lexicon[r.ReadUInt64()] = new LexiconEntry(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16(), r.ReadByte());
            int gazetteerCount = CheckedCount(r.ReadInt32(), 10_000_000);
            var gazetteer = new Dictionary<ulong, byte>(gazetteerCount);
            for (int i = 0; i < gazetteerCount; i++) gazetteer[r.ReadUInt64()] = r.ReadByte();
            int stored = CheckedCount(r.ReadInt32(), 50_000_000);
            var keys = new ulong[stored];
            var weights = new short[stored * T];
            byte[] rowBytes = ArrayPool<byte>.Shared.Rent(T * 2);
            try
            {
                for (int i = 0; i < stored; i++)
                {
                    keys[i] = r.ReadUInt64();
                    if (keys[i] == 0 || i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("feature keys out of order");
                    r.BaseStream.ReadExactly(rowBytes, 0, T * 2);
                    for (int t = 0; t < T; t++) weights[i * T + t] = (short)(rowBytes[2 * t] | rowBytes[2 * t + 1] << 8);
                }
            }
            finally { ArrayPool<byte>.Shared.Return(rowBytes); }
            Span<byte> end = stackalloc byte[EndMagic.Length];
            r.BaseStream.ReadExactly(end);
            if (!end.SequenceEqual(EndMagic)) throw new InvalidDataException("bad end marker");
            return new NerModel(keys, weights, scale, transitions, new NerLexicon(lexicon), new NerGazetteer(gazetteer));
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"The NER model '{name}' is corrupt or truncated ({e.Message}).", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The NER model '{name}' is corrupt or truncated ({e.Message}).", e);
        }
    }

    private static int CheckedCount(int count, int max) =>
        count < 0 || count > max ? throw new InvalidDataException($"bad count {count}") : count;

    /// <summary>Loads a model file; a missing or corrupt file gives an error naming it.</summary>
    public static NerModel LoadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The NER model file '{path}' was not found.", path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream, path);
    }
}
