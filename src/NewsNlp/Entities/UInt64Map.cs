namespace NewsNlp.Entities;

/// <summary>
/// A read-only map from 64-bit hash keys to small values: one open-addressing array of key/value pairs,
/// so a lookup reads one cache line where a <see cref="Dictionary{TKey, TValue}"/> reads a bucket and then
/// an entry. Built once from a dictionary or key and value arrays; thread-safe to read.
/// </summary>
internal sealed class UInt64Map<TValue> where TValue : struct
{
    private readonly Entry[] _entries;
    private readonly int _mask;
    // Key 0 marks an empty slot, so a real key 0 (possible for a hash) is kept apart.
    private readonly bool _hasZero;
    private readonly TValue _zeroValue;

    private readonly record struct Entry(ulong Key, TValue Value);

    public UInt64Map(IReadOnlyDictionary<ulong, TValue> source)
        : this([.. source.Keys], [.. source.Values])
    {
    }

    /// <summary>A map of <paramref name="keys"/> (distinct) to the <paramref name="values"/> at the same positions.</summary>
    public UInt64Map(ReadOnlySpan<ulong> keys, ReadOnlySpan<TValue> values)
    {
        if (keys.Length != values.Length) throw new ArgumentException("One value per key is needed.", nameof(values));
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;   // load factor at most 0.5: short probe runs
        _entries = new Entry[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = keys[i];
            if (key == 0) { _hasZero = true; _zeroValue = values[i]; continue; }
            int slot = (int)NerHash.Mix(key) & _mask;
            while (_entries[slot].Key != 0) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry(key, values[i]);
        }
    }

    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key == 0) { value = _zeroValue; return _hasZero; }
        var entries = _entries;
        int slot = (int)NerHash.Mix(key) & _mask;
        while (true)
        {
            var entry = entries[slot];
            if (entry.Key == key) { value = entry.Value; return true; }
            if (entry.Key == 0) { value = default; return false; }
            slot = (slot + 1) & _mask;
        }
    }
}
