namespace NewsNlp.Summarization;

/// <summary>
/// A fixed set of folded word hashes (<see cref="TextFolding.FoldedHash(ReadOnlySpan{char})"/>): open addressing
/// over one array at most a quarter full, so a lookup is usually a multiply and one read. The summarizer asks
/// dozens of these small closed classes about every word; a <c>FrozenSet&lt;int&gt;</c> cost twice as much.
/// Built once; thread-safe to read.
/// </summary>
internal sealed class WordHashSet
{
    private readonly int[] _slots;   // 0 = empty; a hash of 0 is kept apart
    private readonly int _shift;
    private readonly bool _hasZero;

    /// <summary>The set of <paramref name="hashes"/> (duplicates allowed).</summary>
    public WordHashSet(IEnumerable<int> hashes)
    {
        var distinct = hashes.Distinct().ToArray();
        int bits = 4;
        while (1 << bits < distinct.Length * 4) bits++;
        _slots = new int[1 << bits];
        _shift = 32 - bits;
        foreach (int hash in distinct)
        {
            if (hash == 0) { _hasZero = true; continue; }
            int slot = SlotOf(hash);
            while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = hash;
        }
    }

    // Fibonacci hashing: the top bits of the product, so hashes that differ only in high bits still spread.
    private int SlotOf(int hash) => (int)((uint)hash * 0x9E3779B1u >> _shift);

    /// <summary>True when the set holds <paramref name="hash"/>.</summary>
    public bool Contains(int hash)
    {
        if (hash == 0) return _hasZero;
        var slots = _slots;
        int slot = SlotOf(hash);
        while (true)
        {
            int stored = slots[slot];
            if (stored == hash) return true;
            if (stored == 0) return false;
            slot = (slot + 1) & (slots.Length - 1);
        }
    }
}
