using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class FlatMapTests
{
    // The map finds every key of its source with its value, and none of the absent keys (reporting default).
    private static void AssertAnswersLike<TKey, TValue>(Dictionary<TKey, TValue> source, IEnumerable<TKey> absent)
        where TKey : unmanaged, System.Numerics.IBinaryInteger<TKey>
        where TValue : struct
    {
        var map = new FlatMap<TKey, TValue>([.. source.Keys], [.. source.Values]);
        foreach (var (key, value) in source)
        {
            Assert.True(map.TryGetValue(key, out var found));
            Assert.Equal(value, found);
        }
        foreach (var key in absent.Where(k => !source.ContainsKey(k)))
        {
            Assert.False(map.TryGetValue(key, out var none));
            Assert.Equal(default, none);
        }
    }

    [Fact]
    public void Answers_exactly_as_the_dictionary_it_was_built_from()
    {
        var random = new Random(7);
        var source = new Dictionary<ulong, LexiconEntry>();
        // Hash keys, plus keys alike in all but a few high bits, and the key 0 the table uses as "empty".
        for (int i = 0; i < 5_000; i++) source[(ulong)random.NextInt64() | 1UL << 62] = new LexiconEntry((ushort)i, (ushort)(i * 3), (ushort)(i * 7), (byte)(i % 7));
        for (ulong high = 1; high <= 64; high++) source[high << 40 | 0x1234] = new LexiconEntry(1, 2, (ushort)high, 3);
        source[0] = new LexiconEntry(9, 9, 9, 9);
        AssertAnswersLike(source, Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64() & ~(1UL << 62)).ToArray());
    }

    [Fact]
    public void Thirty_two_bit_keys_answer_exactly_too()
    {
        var random = new Random(11);
        var source = new Dictionary<uint, float>();
        for (int i = 0; i < 5_000; i++) source[(uint)random.Next() | 1u << 31] = i * 0.5f;
        for (uint high = 1; high < 32; high++) source[high << 24 | 0x77] = high;
        source[0] = -1f;
        AssertAnswersLike(source, Enumerable.Range(0, 5_000).Select(_ => (uint)random.Next() & ~(1u << 31)).ToArray());
    }

    [Fact]
    public void An_empty_map_finds_nothing_not_even_zero()
    {
        var map = new FlatMap<ulong, byte>([], []);
        Assert.False(map.TryGetValue(0, out _));
        Assert.False(map.TryGetValue(42, out _));
        var small = new FlatMap<uint, float>([], []);
        Assert.False(small.TryGetValue(0, out _));
    }
}
