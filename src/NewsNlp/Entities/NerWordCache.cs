using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>
/// One thread's memory of recently seen words: everything the tagger computes from a word's own characters
/// (hashes, shape class, clusters) and, once scored, the summed weights of its word-only features. News text
/// repeats a small vocabulary, so most tokens skip both the hashing and about 40% of the weight lookups.
/// Direct-mapped; an entry is trusted only when its characters match exactly, so the cache never changes a
/// result, only how fast it comes.
/// </summary>
internal sealed class NerWordCache
{
    /// <summary>Longest word kept (longer words are rare and computed every time).</summary>
    public const int MaxChars = 24;

    private const int Size = 4096;   // entries (a power of two): about 0.7 MB, the words that make up ~90% of news tokens
    private const int T = BilouTags.Count;

    private readonly char[] _chars = new char[Size * MaxChars];
    private readonly byte[] _length = new byte[Size];        // 0 = empty
    private readonly Word[] _words = new Word[Size];
    private readonly int[] _sums = new int[Size * T];
    private readonly bool[] _hasSums = new bool[Size];
    private readonly uint[] _stamp = new uint[Size];
    private uint _nextStamp;

    /// <summary>What the featurizer derives from a word's characters alone.</summary>
    [StructLayout(LayoutKind.Auto)]
    public struct Word
    {
        public ulong Exact, Norm, Shape;
        public int Coarse, Medium, Fine, Letters, Uppers;
        public byte Class, Capital;
        public bool FirstUpper;
    }

    /// <summary>A handle on an entry: its slot and the stamp it had, so a later eviction is noticed.</summary>
    public readonly record struct Handle(int Slot, uint Stamp)
    {
        public static Handle None => new(-1, 0);
    }

    private static int SlotOf(ulong exact) => (int)NerHash.Mix(exact) & (Size - 1);

    /// <summary>Finds the word; on a hit copies its data into <paramref name="word"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> text, ulong exact, out Word word, out Handle handle)
    {
        int slot = SlotOf(exact);
        if (_length[slot] == text.Length && _words[slot].Exact == exact && text.SequenceEqual(_chars.AsSpan(slot * MaxChars, text.Length)))
        {
            word = _words[slot];
            handle = new Handle(slot, _stamp[slot]);
            return true;
        }
        word = default;
        handle = Handle.None;
        return false;
    }

    /// <summary>Stores a word (evicting whatever held its slot); its weight sums are not known yet.</summary>
    public Handle Add(ReadOnlySpan<char> text, in Word word)
    {
        if (text.Length is 0 or > MaxChars) return Handle.None;
        int slot = SlotOf(word.Exact);
        text.CopyTo(_chars.AsSpan(slot * MaxChars, MaxChars));
        _length[slot] = (byte)text.Length;
        _words[slot] = word;
        _hasSums[slot] = false;
        _stamp[slot] = ++_nextStamp;
        return new Handle(slot, _stamp[slot]);
    }

    /// <summary>The word-only weight sums of the entry, when the entry is still the same and has them.</summary>
    public bool TryGetSums(Handle handle, out ReadOnlySpan<int> sums)
    {
        if (handle.Slot >= 0 && _stamp[handle.Slot] == handle.Stamp && _hasSums[handle.Slot])
        {
            sums = _sums.AsSpan(handle.Slot * T, T);
            return true;
        }
        sums = default;
        return false;
    }

    /// <summary>Records the word-only weight sums of the entry, if it is still the same.</summary>
    public void SetSums(Handle handle, ReadOnlySpan<int> sums)
    {
        if (handle.Slot < 0 || _stamp[handle.Slot] != handle.Stamp) return;
        sums.CopyTo(_sums.AsSpan(handle.Slot * T, T));
        _hasSums[handle.Slot] = true;
    }
}
