using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class ValueEntityRulesTests
{
    private static List<(string Text, EntityType Type)> Values(string text)
    {
        var doc = NewsPipeline.CreateDefault().Segment(text);
        var tokens = doc.Tokens.ToArray();
        var mentions = new List<EntityMention>();
        ValueEntityRules.Find(doc.Text, tokens, new bool[tokens.Length], mentions);
        return [.. mentions.Select(m => (doc.Text[m.Start..m.End], m.Type))];
    }

    [Theory]
    [InlineData("They sent 10,000 troops.", "10,000", EntityType.Cardinal)]
    [InlineData("At least 1,650 officers.", "1,650", EntityType.Cardinal)]
    [InlineData("The deal is worth $41.1 million to them.", "$41.1 million", EntityType.Money)]
    [InlineData("Inflation rose 3.5% in May.", "3.5%", EntityType.Percent)]
    [InlineData("Growth was 2 percent.", "2 percent", EntityType.Percent)]
    [InlineData("It happened on Feb. 4, 2025, in the north.", "Feb. 4, 2025", EntityType.Date)]
    [InlineData("They have not been paid since March. The strike goes on.", "March", EntityType.Date)]
    [InlineData("Pay stopped in Feb. and never resumed.", "Feb.", EntityType.Date)]
    [InlineData("Talks resume on Tuesday.", "Tuesday", EntityType.Date)]
    [InlineData("Crossings fell last year.", "last year", EntityType.Date)]
    [InlineData("Published at 11:35 EST by the desk.", "11:35 EST", EntityType.Time)]
    [InlineData("The fence runs 50 miles east.", "50 miles", EntityType.Quantity)]
    [InlineData("The strike began in 1998 and ended.", "1998", EntityType.Date)]
    [InlineData("They paid 300 pesos each.", "300 pesos", EntityType.Money)]
    [InlineData("Three ministers resigned.", "Three", EntityType.Cardinal)]
    [InlineData("The pause lasts 30 days.", "30 days", EntityType.Date)]
    public void Finds_values(string text, string expected, EntityType type)
    {
        Assert.Contains((expected, type), Values(text));
    }

    [Fact]
    public void Numbered_list_markers_are_not_counts()
    {
        var values = Values("Here are our picks. 1. The harbor ferry at dawn. 2. Lunch at the fish market for 12 people.\n3) A walk along the pier.");
        Assert.DoesNotContain(values, v => v.Text is "1" or "2" or "3");
        Assert.Contains(("12", EntityType.Cardinal), values);
        // A count that happens to open a sentence stays one.
        Assert.Contains(("40", EntityType.Cardinal), Values("The bus was late. 40 passengers waited in the rain."));
    }

    [Fact]
    public void May_as_a_verb_is_not_a_date_but_May_with_a_day_is()
    {
        Assert.DoesNotContain(Values("Officials May decide later."), v => v.Type == EntityType.Date);
        Assert.Contains(("May 5", EntityType.Date), Values("Officials met on May 5 to decide."));
    }

    [Fact]
    public void Plain_words_give_nothing() => Assert.Empty(Values("The talks went on without any result."));
}
