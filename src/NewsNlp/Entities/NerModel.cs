using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace NewsNlp.Entities;

/// <summary>
/// The trained PER/LOC/ORG/MISC tagger: hashed feature weights (16-bit, one row of 17 tag scores per
/// bucket), tag transitions, the word lexicon and the gazetteer. Immutable after loading and shared by
/// all threads; each thread keeps its own scratch buffers.
/// </summary>
internal sealed class NerModel
{
    private static ReadOnlySpan<byte> Magic => "NEWSNLP-NER\u0004"u8;
    private static ReadOnlySpan<byte> EndMagic => "END."u8;
    private const int T = BilouTags.Count;

    // Only a few hundred thousand weights are ever non-zero (the perceptron touches features of mistakes
    // only), so rows live densely in _rows and an open-addressing table maps a feature's 64-bit key to its
    // row: a few MB that stay in cache. Keys, not hash buckets, so a feature never seen in training adds
    // nothing instead of another feature's weights.
    private readonly ReadOnlyMemory<ulong> _keys;   // key of each stored row, ascending
    private readonly ReadOnlyMemory<short> _rows;   // row r at [r × 17, r × 17 + 17)
    private readonly Slot[] _slots;       // fingerprint and row + 1 (0 = empty), side by side: one cache line per probe
    private readonly int _slotMask, _slotBits;
    // One bit per value of a key's top 19 bits: most unknown features stop here. 64 KB, so it stays in the core's
    // caches; a quarter of the size of the bitmap before, whose own misses cost more than its fewer false hits saved
    // (about 3% of a batch's time, A/B; 15% of the bits are set).
    private readonly ulong[] _present;
    private readonly float _scale;
    private readonly float[] _transitions;

    [ThreadStatic] private static Buffers? t_buffers;

    /// <summary>A model from its stored rows: <paramref name="keys"/> ascending, <paramref name="rows"/> 17 weights each, scaled by <paramref name="scale"/>.</summary>
    public NerModel(ulong[] keys, short[] rows, float scale, float[] transitions, NerLexicon lexicon, NerGazetteer gazetteer)
        : this(keys.AsMemory(), rows.AsMemory(), scale, transitions, lexicon, gazetteer)
    {
    }

    // Keys and rows in arrays or, for the embedded model, read in place (see BorrowedMemory).
    private NerModel(ReadOnlyMemory<ulong> keys, ReadOnlyMemory<short> rows, float scale, float[] transitions, NerLexicon lexicon, NerGazetteer gazetteer)
    {
        if (rows.Length != keys.Length * T) throw new ArgumentException("Row count does not match the key count.", nameof(rows));
        _keys = keys;
        _rows = rows;
        _scale = scale;
        _transitions = transitions;
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _slots = new Slot[size];
        _slotMask = size - 1;
        _slotBits = BitOperations.Log2((uint)size);
        _present = new ulong[1 << 13];
        var keySpan = keys.Span;
        foreach (ulong key in keySpan) _present[key >> 51] |= 1UL << (int)(key >> 45 & 63);
        for (int r = 0; r < keySpan.Length; r++)
        {
            uint fingerprint = Fingerprint(keySpan[r]);
            int slot = (int)keySpan[r] & _slotMask;
            while (_slots[slot].RowPlusOne != 0)
            {
                // A stored key passing one with its fingerprint would be found as that one: check full keys then.
                // (Slots are never emptied, so a later key never lands on an earlier key's path before it.)
                if (_slots[slot].Fingerprint == fingerprint) VerifiesKeys = true;
                slot = (slot + 1) & _slotMask;
            }
            _slots[slot] = new Slot(fingerprint, r + 1);
        }
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Featurizer = new NerFeaturizer(lexicon, gazetteer);
    }

    /// <summary>Number of stored (non-zero) weight rows.</summary>
    public int RowCount => _keys.Length;

    /// <summary>
    /// True when two stored keys share a fingerprint along one probe run, so lookups compare full keys too
    /// (slower, exact). False for the shipped model: every stored feature finds its own row from the fingerprint.
    /// </summary>
    public bool VerifiesKeys { get; }

    // 8 bytes a slot, half the table a full key would take, so more of it stays in cache (about 5% faster
    // recognition, A/B). The fingerprint is the 32 key bits above the slot bits. Stored features always find
    // their own rows (checked when the table is built; see VerifiesKeys). A feature never seen in training
    // passes for a stored one only if it shares a probe run and those 32 bits with it: one lookup in about
    // 3 × 10^10, or one feature of one token in a million news articles taking another's weights (the 1,000
    // CNN validation articles tag the same as with full keys).
    private readonly record struct Slot(uint Fingerprint, int RowPlusOne);

    private uint Fingerprint(ulong key) => (uint)(key >> _slotBits);

    /// <summary>The row of a feature key, or -1 when the model has no weights for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int RowOf(ulong key)
    {
        if ((_present[key >> 51] >> (int)(key >> 45 & 63) & 1) == 0) return -1;
        var slots = _slots;
        uint fingerprint = Fingerprint(key);
        int slot = (int)key & _slotMask;
        while (true)
        {
            var entry = slots[slot];
            if (entry.Fingerprint == fingerprint && entry.RowPlusOne != 0 && (!VerifiesKeys || _keys.Span[entry.RowPlusOne - 1] == key))
                return entry.RowPlusOne - 1;
            if (entry.RowPlusOne == 0) return -1;
            slot = (slot + 1) & _slotMask;
        }
    }

    public NerLexicon Lexicon { get; }

    public NerGazetteer Gazetteer { get; }

    public NerFeaturizer Featurizer { get; }

    private sealed class Buffers
    {
        public readonly NerFeaturizer.Scratch Scratch = new();
        public readonly NerWordCache Cache = new();
        public ulong[] Features = new ulong[64 * NerFeaturizer.FeatureCount];
        public float[] Emissions = new float[64 * T];
        public byte[] Back = new byte[64 * T];
        public int[] Rows = new int[64 * NerFeaturizer.FeatureCount];

        public void Ensure(int n)
        {
            if (Back.Length >= n * T) return;
            int size = Math.Max(n, Back.Length / T * 2);
            Features = new ulong[size * NerFeaturizer.FeatureCount];
            Emissions = new float[size * T];
            Back = new byte[size * T];
            Rows = new int[size * NerFeaturizer.FeatureCount];
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
        // Keep the table from holding a huge document's memory on this thread; it is cleared before the next
        // document anyway (TrimExcess below Count throws, so clear first).
        if (s.History.Count > 50_000) { s.History.Clear(); s.History.TrimExcess(1024); }
    }

    private void TagSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Buffers b, bool update)
    {
        int n = tokens.Length;
        if (n == 0) return;
        b.Ensure(n);
        var features = b.Features.AsSpan(0, n * NerFeaturizer.FeatureCount);
        Featurizer.ExtractStatic(text, tokens, b.Scratch, features, b.Cache, skipPlain: true);
        var s = b.Scratch;
        Featurizer.ExtractHistory(s.History, s.Norm.AsSpan(0, n), s.Class.AsSpan(0, n), features);
        Score(features, n, b.Emissions, b.Rows, s, b.Cache);
        NerDecoder.Decode(b.Emissions, n, _transitions, b.Back, tags, s.Plain.AsSpan(0, n));
        if (update) NerFeaturizer.UpdateHistory(s.History, s.Norm.AsSpan(0, n), s.Class.AsSpan(0, n), tags[..n]);
    }

    private void Score(ReadOnlySpan<ulong> features, int n, Span<float> emissions, int[] rowBuffer, NerFeaturizer.Scratch s, NerWordCache cache)
    {
        // Two passes: first every probe of the sentence (independent cache misses the CPU overlaps when the
        // loop is this small), then the sums of the rows found. Integer sums, so neither the order nor the
        // cached word-only sums change anything.
        const int F = NerFeaturizer.FeatureCount;
        var rows = rowBuffer.AsSpan(0, n * F);
        for (int i = 0; i < n; i++)
        {
            if (s.Plain[i]) continue;   // its rows are never read
            var keys = features.Slice(i * F, F);
            var tokenRows = rows.Slice(i * F, F);
            // Most probes miss the caches: ask for every line the token's probes read first, then probe.
            foreach (ulong key in keys) Prefetch(key);
            for (int j = 0; j < keys.Length; j++) tokenRows[j] = keys[j] == 0 ? -1 : RowOf(keys[j]);
        }
        Span<int> acc = stackalloc int[T];
        var weights = _rows.Span;
        for (int i = 0; i < n; i++)
        {
            if (s.Plain[i])
            {
                // Outside, by rule: every other tag is forbidden here.
                var plain = emissions.Slice(i * T, T);
                plain.Fill(NerDecoder.Forbidden);
                plain[BilouTags.Outside] = 0;
                continue;
            }
            var tokenRows = rows.Slice(i * F, F);
            var sum = new RowSum();
            if (s.Cached[i] && cache.TryGetSums(s.Handles[i], out var wordOnly))
            {
                sum.Add(wordOnly);
                sum.AddRows(weights, tokenRows, ~0UL);
            }
            else
            {
                // Sum the word's own features first and remember them for the next time the word comes.
                sum.AddRows(weights, tokenRows, NerFeaturizer.WordOnlySlots);
                sum.CopyTo(acc);
                cache.SetSums(s.Handles[i], acc);
                sum.AddRows(weights, tokenRows, ~NerFeaturizer.WordOnlySlots);
            }
            var e = emissions.Slice(i * T, T);
            sum.CopyTo(acc);
            for (int t = 0; t < T; t++) e[t] = acc[t] * _scale;
        }
    }

    /// <summary>Asks for the cache lines a probe of <paramref name="key"/> reads first: its presence bits and its home slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(ulong key)
    {
        if (!Sse.IsSupported || key == 0) return;
        // Addresses only: a prefetch never faults, and a moved array costs a wasted fetch, nothing more.
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_present), (nint)(key >> 51))));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (nint)((int)key & _slotMask))));
    }

    /// <summary>Integer sums of 17-weight rows: 16 in two vectors, the 17th on its own.</summary>
    private struct RowSum
    {
        private Vector256<int> _lo, _hi;
        private int _last;

        public void Add(ReadOnlySpan<int> values)
        {
            _lo += Vector256.Create(values[..8]);
            _hi += Vector256.Create(values.Slice(8, 8));
            _last += values[16];
        }

        /// <summary>Adds the rows found (not -1) of the slots selected by <paramref name="slotMask"/>.</summary>
        public void AddRows(ReadOnlySpan<short> weights, ReadOnlySpan<int> rows, ulong slotMask)
        {
            for (int j = 0; j < rows.Length; j++)
            {
                int r = rows[j];
                if (r < 0 || (slotMask >> j & 1) == 0) continue;
                var (a, b) = Vector256.Widen(Vector256.Create<short>(weights.Slice(r * T, 16)));
                _lo += a;
                _hi += b;
                _last += weights[r * T + 16];
            }
        }

        public readonly void CopyTo(Span<int> into)
        {
            _lo.CopyTo(into);
            _hi.CopyTo(into[8..]);
            into[16] = _last;
        }
    }

    /// <summary>
    /// Writes the model as an uncompressed little-endian binary: header, then each table as one raw block.
    /// Uncompressed on purpose: Brotli made loading 4× slower (60 of 90 ms), and the package zips it anyway.
    /// </summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(_scale);
        w.Write(MemoryMarshal.AsBytes(_transitions.AsSpan()));
        var lexicon = Lexicon.Entries.ToArray();
        w.Write(lexicon.Length);
        w.Write(MemoryMarshal.AsBytes(Lexicon.Keys));
        w.Write(MemoryMarshal.AsBytes(lexicon.SelectMany(e => new[] { e.Coarse, e.Medium, e.Fine }).ToArray().AsSpan()));
        w.Write(lexicon.Select(e => e.CapitalBucket).ToArray());
        w.Write(Gazetteer.Count);
        w.Write(MemoryMarshal.AsBytes(Gazetteer.Keys));
        w.Write(Gazetteer.Masks);
        w.Write(_keys.Length);
        w.Write(MemoryMarshal.AsBytes(_keys.Span));
        w.Write(MemoryMarshal.AsBytes(_rows.Span));
        w.Write(EndMagic);
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>; <paramref name="name"/> names the source in errors. With
    /// <paramref name="embedded"/>, the stream is a resource of a loaded assembly and the model keeps its
    /// largest tables where they are instead of copying them (see <see cref="BorrowedMemory{T}"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not a NewsNlp NER model, or is corrupt or truncated.</exception>
    public static NerModel Load(Stream stream, string name, bool embedded = false)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The NER model format is little-endian.");
        try
        {
            // Each table is read as one block straight into its array: no per-weight parsing, so loading stays fast.
            Span<byte> small = stackalloc byte[16];
            ReadOnlySpan<byte> Take(Span<byte> into) { stream.ReadExactly(into); return into; }
            int ReadInt(Span<byte> into, int max) => CheckedCount(BitConverter.ToInt32(Take(into[..4])), max);
            T2[] ReadArray<T2>(int count) where T2 : struct
            {
                var array = new T2[count];
                stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
                return array;
            }

            if (!Take(small[..Magic.Length]).SequenceEqual(Magic)) throw new InvalidDataException("not a NewsNlp NER model (bad header)");
            float scale = BitConverter.ToSingle(Take(small[..4]));
            var transitions = ReadArray<float>((T + 1) * T);
            int lexiconCount = ReadInt(small, 10_000_000);
            var lexiconKeys = ReadArray<ulong>(lexiconCount);
            var clusters = ReadArray<ushort>(lexiconCount * 3);
            var capitals = ReadArray<byte>(lexiconCount);
            CheckAscending(lexiconKeys, "lexicon");
            var entries = new LexiconEntry[lexiconCount];
            for (int i = 0; i < lexiconCount; i++)
                entries[i] = new LexiconEntry(clusters[3 * i], clusters[3 * i + 1], clusters[3 * i + 2], capitals[i]);
            int gazetteerCount = ReadInt(small, 10_000_000);
            var gazetteerKeys = ReadArray<ulong>(gazetteerCount);
            var masks = ReadArray<byte>(gazetteerCount);
            CheckAscending(gazetteerKeys, "gazetteer");
            int stored = ReadInt(small, 50_000_000);
            // In place only where unaligned loads are plain loads (the tables start at odd offsets of the file).
            var resource = embedded && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64
                ? stream as UnmanagedMemoryStream : null;
            ReadOnlyMemory<T2> ReadTable<T2>(int count) where T2 : unmanaged =>
                resource is null ? ReadArray<T2>(count) : BorrowedMemory<T2>.Take(resource, count);
            var keys = ReadTable<ulong>(stored);
            if (stored > 0 && keys.Span[0] == 0) throw new InvalidDataException("feature key 0");
            CheckAscending(keys.Span, "feature");
            var weights = ReadTable<short>(checked(stored * T));
            if (!Take(small[..EndMagic.Length]).SequenceEqual(EndMagic)) throw new InvalidDataException("bad end marker");
            return new NerModel(keys, weights, scale, transitions, new NerLexicon(lexiconKeys, entries), new NerGazetteer(gazetteerKeys, masks));
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidOperationException or FormatException or ArgumentException or OverflowException or OutOfMemoryException)
        {
            throw new InvalidDataException($"The NER model '{name}' is corrupt or truncated ({e.Message}).", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The NER model '{name}' is corrupt or truncated ({e.Message}).", e);
        }
    }

    // Keys are written in ascending order, each once; anything else is corruption.
    private static void CheckAscending(ReadOnlySpan<ulong> keys, string table)
    {
        for (int i = 1; i < keys.Length; i++)
            if (keys[i] <= keys[i - 1]) throw new InvalidDataException($"{table} keys out of order");
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
