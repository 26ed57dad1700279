using System.IO.Compression;
using NewsNlp.Entities;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Entities;

/// <summary>Checks against ../shared: a slice of CoNLL-2003 testa and the seed article (skipped when ../shared is absent).</summary>
public class SharedDataNerTests
{
    [SkippableFact]
    public void Testa_slice_entity_F1_is_above_the_floor()
    {
        string path = TestPaths.SharedDataFile("conll2003/eng.testa.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var documents = ConllCorpus.Read(reader).Take(60).ToList();
        long correct = 0, guessed = 0, gold = 0;
        foreach (var doc in documents)
        {
            var tags = EntityRecognizer.Default.TagConll(doc.Words);
            int k = 0;
            foreach (var goldTags in doc.Tags)
            {
                var g = ConllCorpus.SpansOfIob(goldTags);
                var p = ConllCorpus.SpansOfIob(tags[k..(k + goldTags.Length)]);
                k += goldTags.Length;
                gold += g.Count; guessed += p.Count; correct += p.Count(g.Contains);
            }
        }
        double precision = correct / (double)guessed, recall = correct / (double)gold;
        double f1 = 200 * precision * recall / (precision + recall);
        Assert.True(gold > 1000, $"only {gold} gold entities");
        Assert.True(f1 > 88, $"F1 {f1:F2} on the first {documents.Count} testa documents");
    }

    [SkippableFact]
    public void Seed_article_entities()
    {
        string path = TestPaths.SharedDataFile("seed/border-deal.txt");
        var doc = NewsPipeline.CreateDefault().Analyze(File.ReadAllText(path));
        Entity Find(string text, EntityType type) =>
            doc.Entities.FirstOrDefault(e => e.Text == text && e.Type == type)
            ?? throw new Xunit.Sdk.XunitException($"no {type} '{text}' in: {string.Join("; ", doc.Entities.Select(e => $"{e.Text}/{e.Type}/{e.MentionCount}"))}");
        string Span(EntityMention m) => doc.Text[m.Start..m.End];

        var sheinbaum = Find("Claudia Sheinbaum", EntityType.Person);
        int sheinbaumInText = CountWord(doc.Text, "Sheinbaum");
        Assert.Equal(sheinbaumInText, sheinbaum.MentionCount);
        Assert.All(sheinbaum.Mentions, m => Assert.EndsWith("Sheinbaum", Span(m)));
        var trump = Find("Donald Trump", EntityType.Person);
        Assert.Equal(CountWord(doc.Text, "Trump"), trump.MentionCount);
        var amlo = Find("Andrés Manuel López Obrador", EntityType.Person);
        Assert.Contains(amlo.Mentions, m => Span(m) == "López Obrador");
        Find("Ciudad Juárez", EntityType.Location);
        Find("Tijuana", EntityType.Location);
        Find("Mexico", EntityType.Location);
        Find("United States", EntityType.Location);
        Find("National Guard", EntityType.Organization);
        foreach (var number in new[] { "10,000", "1,650", "1,949" }) Find(number, EntityType.Cardinal);
        if (doc.Text.Contains("Ciudad Juarez", StringComparison.Ordinal))
            Assert.Contains(Find("Ciudad Juárez", EntityType.Location).Mentions, m => Span(m) == "Ciudad Juarez");
    }

    private static int CountWord(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]))) count++;
        return count;
    }
}
