namespace NewsNlp.Tests.Entities;

/// <summary>An invented news story with the phenomena of the seed article: names with accents, surnames, titles, possessives, acronyms, numbers.</summary>
internal static class TestArticles
{
    public const string BorderTalks =
        "Mexican President Claudia Sheinbaum said on Tuesday that 10,000 members of the National Guard would be sent to the northern border after a phone call with President Donald Trump.\n\n" +
        "The first units reached Ciudad Juárez and Tijuana on Feb. 4, 2025, according to the Defense Ministry. Officials said 1,650 officers were assigned to Ciudad Juárez and 1,949 to Tijuana.\n\n" +
        "Sheinbaum’s government has asked the United States to do more against gun trafficking. The U.S. agreed to pause tariffs of 25% for 30 days, Trump’s aides said.\n\n" +
        "Analysts compared the deal with the approach of her predecessor, Andrés Manuel López Obrador. López Obrador often met Trump during his first term.\n\n" +
        "Residents of Ciudad Juarez said patrols along the 50 miles of fence began last year.\n\n" +
        "Sheinbaum told reporters in Mexico City that Mexico would not accept foreign troops.\n";
}
