using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class NerWordCacheTests
{
    private static NerWordCache.Word WordOf(string text) => new() { Exact = NerHash.Exact(text), Norm = NerHash.Normalized(text), Class = 1 };

    /// <summary>Two different words that land in the same cache slot (found by search, so the test does not depend on a fixed hash).</summary>
    private static (string, string) Colliding()
    {
        const string first = "Ortega";
        for (int i = 0; ; i++)
        {
            string other = "Word" + i;
            var probe = new NerWordCache();
            probe.Add(first, WordOf(first));
            probe.Add(other, WordOf(other));
            if (!probe.TryGet(first, NerHash.Exact(first), out _, out _)) return (first, other);
        }
    }

    [Fact]
    public void A_word_is_found_only_with_its_exact_characters()
    {
        var cache = new NerWordCache();
        var handle = cache.Add("Juárez", WordOf("Juárez"));
        Assert.True(cache.TryGet("Juárez", NerHash.Exact("Juárez"), out var found, out var again));
        Assert.Equal(NerHash.Normalized("Juárez"), found.Norm);
        Assert.Equal(handle, again);
        // Same folded form, different characters: a different word for the cache.
        Assert.False(cache.TryGet("Juarez", NerHash.Exact("Juarez"), out _, out _));
        // A wrong hash for the right characters is not trusted either.
        Assert.False(cache.TryGet("Juárez", NerHash.Exact("Juarez"), out _, out _));
    }

    [Fact]
    public void Sums_are_kept_until_the_slot_is_taken_by_another_word()
    {
        var (first, other) = Colliding();
        var cache = new NerWordCache();
        var handle = cache.Add(first, WordOf(first));
        Assert.False(cache.TryGetSums(handle, out _));   // not scored yet
        var sums = Enumerable.Range(1, BilouTags.Count).ToArray();
        cache.SetSums(handle, sums);
        Assert.True(cache.TryGetSums(handle, out var kept));
        Assert.Equal(sums, kept.ToArray());

        var otherHandle = cache.Add(other, WordOf(other));
        Assert.False(cache.TryGetSums(handle, out _));   // evicted: the old handle no longer reads the slot
        cache.SetSums(handle, sums);                      // and cannot write into the new word's entry
        Assert.False(cache.TryGetSums(otherHandle, out _));
        Assert.False(cache.TryGet(first, NerHash.Exact(first), out _, out _));
    }

    [Fact]
    public void Long_words_are_not_cached()
    {
        var cache = new NerWordCache();
        string longWord = new('x', NerWordCache.MaxChars + 1);
        Assert.Equal(NerWordCache.Handle.None, cache.Add(longWord, WordOf(longWord)));
        Assert.False(cache.TryGet(longWord, NerHash.Exact(longWord), out _, out _));
    }

    [Fact]
    public void Tags_are_the_same_with_a_cold_and_a_warm_cache()
    {
        const string text = "Mayor Ines Ortega of Port Alder said on Tuesday that the Harbor Workers Union had rejected the offer. " +
            "Ortega met union leaders in Port Alder. The union said Ortega's offer fell short.";
        var pipeline = NewsPipeline.CreateDefault();
        IReadOnlyList<EntityMention> Tag() => EntityRecognizer.Default.FindMentions(pipeline.Segment(text));
        // A fresh thread has a cold cache; the second call on it runs warm.
        IReadOnlyList<EntityMention>? cold = null, warm = null;
        var thread = new Thread(() => { cold = Tag(); warm = Tag(); });
        thread.Start();
        thread.Join();
        Assert.NotEmpty(cold!);
        Assert.Equal(cold, warm);
        Assert.Contains(cold!, m => text[m.Start..m.End] == "Ines Ortega");
    }
}
