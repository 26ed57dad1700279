using System.Diagnostics;
using System.Text;
using NewsNlp.Tests.Entities;

namespace NewsNlp.Tests.Summarization;

/// <summary>
/// Inputs no newsroom writes but a batch over millions of rows meets: pages of names, text without a full stop.
/// Each must finish in time proportional to its size and give a well-formed result.
/// </summary>
public class PathologicalInputTests
{
    private static readonly NewsPipeline Nlp = NewsPipeline.CreateDefault();

    /// <summary>Made-up two-word names ("Pierre Kxqzvab"), the same on every run.</summary>
    private static string Names(int count, string separator)
    {
        string[] first = ["John", "Mary", "Ahmed", "Carlos", "Anna", "Pierre", "Yuki", "Olga", "Raj", "Lena"];
        var random = new Random(7);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) text.Append(separator);
            text.Append(first[random.Next(first.Length)]).Append(' ').Append((char)('A' + random.Next(26)));
            for (int k = 0; k < 7; k++) text.Append((char)('a' + random.Next(26)));
        }
        return text.Append('.').ToString();
    }

    [Fact]
    public void A_list_of_a_hundred_thousand_names_is_linked_in_linear_time()
    {
        // Once quadratic in distinct names (30 s for a megabyte), and the tagger's per-thread table threw past 50,000 words.
        var result = SummarizeWithin(Names(100_000, ". "), TimeSpan.FromSeconds(30));

        Assert.True(result.Entities.Count > 50_000, $"{result.Entities.Count} entities");
        Assert.All(result.Entities.Take(100), e => Assert.Equal(EntityType.Person, e.Type));
        Assert.NotEmpty(result.QuickLooks);
        // The next article on this thread starts afresh.
        Assert.Equal(Nlp.Summarize(TestArticles.BorderTalks).QuickLooks, NewsPipeline.CreateDefault().Summarize(TestArticles.BorderTalks).QuickLooks);
    }

    [Fact]
    public void A_run_on_without_full_stops_is_summarized_but_never_made_a_bullet()
    {
        // Sixty thousand names in one "sentence": labelling it once walked every name for every word.
        var result = SummarizeWithin(Names(60_000, " "), TimeSpan.FromSeconds(30));

        Assert.Empty(result.QuickLooks);
        Assert.Single(result.Summary);
    }

    private static SummaryResult SummarizeWithin(string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var result = Nlp.Summarize(text);
        watch.Stop();
        Assert.True(watch.Elapsed < limit, $"took {watch.Elapsed}");
        return result;
    }
}
