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
}
