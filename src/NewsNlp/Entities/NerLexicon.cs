namespace NewsNlp.Entities;

/// <summary>What the unlabeled text says about one word: its clusters at three granularities and how often it is capitalised mid-sentence.</summary>
/// <param name="Coarse">Cluster id in the coarse clustering.</param>
/// <param name="Medium">Cluster id in the medium clustering.</param>
/// <param name="Fine">Cluster id in the fine clustering.</param>
/// <param name="CapitalBucket">1..6: share of mid-sentence occurrences written with a capital (0 = not seen mid-sentence).</param>
internal readonly record struct LexiconEntry(ushort Coarse, ushort Medium, ushort Fine, byte CapitalBucket);

/// <summary>Word clusters and capitalisation statistics keyed by <see cref="NerHash.Normalized(ReadOnlySpan{char})"/>.</summary>
internal sealed class NerLexicon
{
    private readonly ulong[] _keys;
    private readonly LexiconEntry[] _entries;
    private readonly FlatMap<ulong, LexiconEntry> _map;

    /// <summary>A lexicon of the given entries.</summary>
    public NerLexicon(Dictionary<ulong, LexiconEntry> entries)
        : this(SortedKeys.Of(entries.Keys, entries.Values, out var values), values)
    {
    }

    /// <summary>A lexicon of <paramref name="keys"/> (ascending, distinct) and their entries, taken as they are.</summary>
    public NerLexicon(ulong[] keys, LexiconEntry[] entries)
    {
        _keys = keys;
        _entries = entries;
        _map = new FlatMap<ulong, LexiconEntry>(keys, entries);
    }

    /// <summary>Number of words.</summary>
    public int Count => _keys.Length;

    /// <summary>The word hashes, ascending (for saving; lookups use <see cref="TryGet"/>).</summary>
    public ReadOnlySpan<ulong> Keys => _keys;

    /// <summary>The entries, in the order of <see cref="Keys"/>.</summary>
    public ReadOnlySpan<LexiconEntry> Entries => _entries;

    /// <summary>The entry of a normalized word hash; default (all zero) when the word is not in the lexicon.</summary>
    public bool TryGet(ulong norm, out LexiconEntry entry) => _map.TryGetValue(norm, out entry);

    public static NerLexicon Empty { get; } = new([], []);

    /// <summary>Maps a mid-sentence capitalisation share to a bucket 1..6.</summary>
    public static byte CapitalBucketOf(int capitalised, int total)
    {
        if (total == 0) return 0;
        double r = capitalised / (double)total;
        return r switch { < 0.02 => 1, < 0.2 => 2, < 0.5 => 3, < 0.8 => 4, < 0.98 => 5, _ => 6 };
    }
}

/// <summary>Entity names seen in training, keyed by a hash of their normalized token sequence, with a bit per type.</summary>
internal sealed class NerGazetteer
{
    /// <summary>Longest name, in tokens, that lookups try.</summary>
    public const int MaxLength = 6;

    // One bit per value of a hash's top 18 bits: almost every sequence tried is no name, and this answers
    // that from 32 KB instead of a dictionary probe.
    private readonly ulong[] _present = new ulong[1 << 12];

    private readonly ulong[] _keys;
    private readonly byte[] _masks;
    private readonly FlatMap<ulong, byte> _map;

    /// <summary>A gazetteer of sequence hashes and their type masks.</summary>
    public NerGazetteer(Dictionary<ulong, byte> entries)
        : this(SortedKeys.Of(entries.Keys, entries.Values, out var masks), masks)
    {
    }

    /// <summary>A gazetteer of <paramref name="keys"/> (ascending, distinct) and their type masks, taken as they are.</summary>
    public NerGazetteer(ulong[] keys, byte[] masks)
    {
        _keys = keys;
        _masks = masks;
        _map = new FlatMap<ulong, byte>(keys, masks);
        foreach (ulong key in keys) _present[key >> 52] |= 1UL << (int)(key >> 46 & 63);
    }

    /// <summary>Number of names.</summary>
    public int Count => _keys.Length;

    /// <summary>The sequence hashes, ascending (for saving; lookups use <see cref="TryGet"/>).</summary>
    public ReadOnlySpan<ulong> Keys => _keys;

    /// <summary>Type masks in the order of <see cref="Keys"/>: bit t for type t in the training data, bit 4 + t in an external corpus.</summary>
    public ReadOnlySpan<byte> Masks => _masks;

    /// <summary>The type mask of a sequence hash, or false when it is no known name.</summary>
    public bool TryGet(ulong sequence, out byte mask)
    {
        if ((_present[sequence >> 52] >> (int)(sequence >> 46 & 63) & 1) == 0) { mask = 0; return false; }
        return _map.TryGetValue(sequence, out mask);
    }

    /// <summary>The types a sequence hash is known under, from either source (bit t for type t); 0 when it is no known name.</summary>
    public int TypesOf(ulong sequence) => TryGet(sequence, out byte mask) ? (mask | mask >> 4) & 0xF : 0;

    public static NerGazetteer Empty { get; } = new([], []);

    /// <summary>Extends a sequence hash by one token's normalized hash.</summary>
    public static ulong Extend(ulong sequence, ulong token) => NerHash.Combine(sequence, token);

    /// <summary>The hash of the empty sequence.</summary>
    public const ulong Seed = 0x5EED5EED5EED5EEDUL;
}
