using NewsNlp.Summarization;

namespace NewsNlp.Tests.Summarization;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Ronald Hale Jr.", "Hale")]
    [InlineData("Ana Okafor", "Okafor")]
    [InlineData("Li Keqiang", "Li")]
    [InlineData("Xi Jinping", "Xi")]
    [InlineData("Kim Jong-un", "Kim")]
    [InlineData("Kim Jong Un", "Kim")]
    [InlineData("Kim Davis", "Davis")]        // an English given name
    [InlineData("Lee Harvey Oswald", "Oswald")]
    public void A_person_is_named_by_surname(string name, string surname) => Assert.Equal(surname, PersonNames.Surname(name));

    [Fact]
    public void A_name_without_a_surname_has_none() => Assert.Null(PersonNames.Surname("F."));
    [Fact]
    public void A_person_the_article_calls_by_given_name_is_named_so()
    {
        // Mia Lindqvist is "Mia" three times and "Lindqvist" once; Jon Berg is "Berg" as often as "Jon": surname.
        const string text = "Mia Lindqvist, 12, won. Mia smiled. Mia thanked Jon Berg. Lindqvist and Mia left. Jon and Berg stayed.";
        Entity Person(string name, params string[] forms)
        {
            var mentions = new List<EntityMention>();
            foreach (string form in forms.Prepend(name).Distinct())
                for (int at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
                    if (!mentions.Exists(m => at >= m.Start && at < m.End) && (at + form.Length == text.Length || !char.IsLetter(text[at + form.Length])))
                        mentions.Add(new EntityMention(at, at + form.Length, EntityType.Person));
            return new Entity(name, EntityType.Person, [.. mentions.OrderBy(m => m.Start)], 0.5);
        }
        Assert.Equal("Mia", PersonNames.ShortName(text, Person("Mia Lindqvist", "Mia", "Lindqvist")));
        Assert.Equal("Berg", PersonNames.ShortName(text, Person("Jon Berg", "Jon", "Berg")));
    }
}
