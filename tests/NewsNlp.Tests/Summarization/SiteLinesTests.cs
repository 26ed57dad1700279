using NewsNlp.Summarization;

namespace NewsNlp.Tests.Summarization;

public class SiteLinesTests
{
    [Theory]
    [InlineData("CNN's Ana Ortiz reported from Lagos.", true)]
    [InlineData("Jon Reed and Mia Tan contributed to this report .", true)]
    [InlineData("Staff writer Lee Park contributed reporting.", true)]
    [InlineData("Ana Ortiz contributed to this report from Lagos.", true)]
    [InlineData("READ MORE: The harbor strike in pictures .", true)]
    [InlineData("Watch: Divers reach the wreck", true)]
    [InlineData("Click here for the full timeline.", true)]
    [InlineData("There have been no illnesses reported from the plant.", false)]
    [InlineData("Police reported from the scene that two people had died.", false)]
    [InlineData("Related charges were filed against the company on Monday.", false)]
    [InlineData("More than 40 people were hurt when the roof collapsed.", false)]
    [InlineData("The union said members contributed to this report by the city auditor, which found waste.", false)]
    public void Credits_and_pointers_are_site_lines(string sentence, bool expected) =>
        Assert.Equal(expected, SiteLines.IsSiteLine(sentence));

    [Fact]
    public void Site_lines_are_never_summary_sentences_or_bullets()
    {
        const string article = "Port Ellery's council approved a plan on Monday to dredge the silted harbor entrance, ending a two-year dispute.\n\n"
            + "READ MORE: How the harbor silted up in ten years .\n\n"
            + "Work on the channel is due to start in April and to take about 14 months, the port authority said.\n\n"
            + "CNN's Ana Ortiz reported from Port Ellery.";
        var result = NewsPipeline.CreateDefault().Summarize(article, new SummaryOptions { Bullets = 5, Sentences = 4 });
        Assert.Equal(2, result.Summary.Count);
        Assert.DoesNotContain(result.Summary, s => SiteLines.IsSiteLine(s));
        Assert.DoesNotContain(result.QuickLooks, b => b.Text.Contains("READ MORE") || b.Text.Contains("reported from"));
    }

    [Theory]
    [InlineData("Please note that the video may be available before the transcript.", true)]
    [InlineData("You must be 18 or older to enter the reader competition.", true)]
    [InlineData("The views expressed in this commentary are solely those of the author.", true)]
    [InlineData("Note: the figures are provisional.", true)]
    [InlineData("Officials said you must be vaccinated to enter the hospital.", false)]
    [InlineData("Please, the mayor said, let the crews work.", false)]
    public void Notes_to_readers_are_recognised(string sentence, bool expected) =>
        Assert.Equal(expected, SiteLines.IsNoteToReader(sentence));

    [Fact]
    public void Notes_to_readers_are_no_bullets_and_a_stop_set_apart_closes_up()
    {
        const string article = "Port Ellery's council approved a plan on Monday to dredge the silted harbor entrance, ending a two-year dispute .\n\n"
            + "Please note that the harbor webcam will be offline while the dredgers are at work on the channel.\n\n"
            + "Work on the channel is due to start in April and to take about 14 months, the port authority said.\n\n"
            + "The views expressed in this commentary are solely those of the writer, a former harbor master.";
        var bullets = NewsPipeline.CreateDefault().Summarize(article, new SummaryOptions { Bullets = 4 }).QuickLooks;
        Assert.Equal(2, bullets.Count);
        Assert.DoesNotContain(bullets, b => SiteLines.IsNoteToReader(b.Text));
        Assert.Contains(bullets, b => b.Text.EndsWith("two-year dispute.", StringComparison.Ordinal));
    }
}
