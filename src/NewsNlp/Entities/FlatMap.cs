using System.Numerics;

namespace NewsNlp.Entities;

/// <summary>
/// A read-only map from integer hash keys (32 or 64 bits) to small values: one open-addressing array of
/// key/value pairs, so a lookup reads one cache line where a <see cref="Dictionary{TKey, TValue}"/> reads a
/// bucket and then an entry. A 32-bit key with a 4-byte value makes an 8-byte entry: half the table, half
/// the cache misses and fresh pages of a 64-bit one. Built once; thread-safe to read.
/// </summary>
internal sealed class FlatMap<TKey, TValue>
    where TKey : unmanaged, IBinaryInteger<TKey>
    where TValue : struct
{
    private readonly Entry[] _entries;
    private readonly int _mask;
    // Key 0 marks an empty slot, so a real key 0 (possible for a hash) is kept apart.
    private readonly bool _hasZero;
    private readonly TValue _zeroValue;

    private readonly record struct Entry(TKey Key, TValue Value);

    /// <summary>A map of <paramref name="keys"/> (distinct) to the <paramref name="values"/> at the same positions.</summary>
    public FlatMap(ReadOnlySpan<TKey> keys, ReadOnlySpan<TValue> values)
    {
        if (keys.Length != values.Length) throw new ArgumentException("One value per key is needed.", nameof(values));
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;   // load factor at most 0.5: short probe runs
        _entries = new Entry[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            TKey key = keys[i];
            if (TKey.IsZero(key)) { _hasZero = true; _zeroValue = values[i]; continue; }
            int slot = SlotOf(key);
            while (!TKey.IsZero(_entries[slot].Key)) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry(key, values[i]);
        }
    }

    private int SlotOf(TKey key) => (int)NerHash.Mix(ulong.CreateTruncating(key)) & _mask;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (TKey.IsZero(key)) { value = _zeroValue; return _hasZero; }
        var entries = _entries;
        int slot = SlotOf(key);
        while (true)
        {
            var entry = entries[slot];
            if (entry.Key == key) { value = entry.Value; return true; }
            if (TKey.IsZero(entry.Key)) { value = default; return false; }
            slot = (slot + 1) & _mask;
        }
    }
}

/// <summary>Keys in ascending order with their values in the same order: how the flat tables are stored and written.</summary>
internal static class SortedKeys
{
    /// <summary>The <paramref name="keys"/> sorted, and in <paramref name="sortedValues"/> the value at each one's position in <paramref name="values"/>.</summary>
    public static TKey[] Of<TKey, TValue>(IEnumerable<TKey> keys, IEnumerable<TValue> values, out TValue[] sortedValues)
    {
        TKey[] sorted = [.. keys];
        sortedValues = [.. values];
        Array.Sort(sorted, sortedValues);
        return sorted;
    }
}
