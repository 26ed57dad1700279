using static NewsNlp.Tests.Cleaning.CleaningAssert;

namespace NewsNlp.Tests.Cleaning;

/// <summary>Wire-copy headers are metadata; the body after them is kept whole.</summary>
public class WireHeaderTests
{
    private const string Story = "A ferry carrying 212 passengers ran aground near the harbor mouth on Sunday, officials said. No one was hurt.";

    [Theory]
    [InlineData("(CNN) -- ", null, "CNN")]
    [InlineData("(CNN)", null, "CNN")]
    [InlineData("(CNN)  -- ", null, "CNN")]
    [InlineData("WASHINGTON (CNN) -- ", "WASHINGTON", "CNN")]
    [InlineData("LONDON, England (Reuters) -- ", "LONDON, England", "Reuters")]
    [InlineData("Tokyo (CNN)", "Tokyo", "CNN")]
    [InlineData("New Delhi, India (CNN)", "New Delhi, India", "CNN")]
    [InlineData("BERGEN, Norway -- ", "BERGEN, Norway", null)]
    [InlineData("SEATTLE (AP) — ", "SEATTLE", "AP")]
    [InlineData("(The Hollywood Reporter)", null, "The Hollywood Reporter")]
    [InlineData("ZURICH, Oct 1 (Meridian) - ", "ZURICH", "Meridian")]
    [InlineData("Kochi, Aug 14 (PTI) ", "Kochi", "PTI")]
    [InlineData("Pune, Nov 3 (IANS) ", "Pune", "IANS")]
    public void Dateline_and_source_are_metadata(string header, string? dateline, string? source)
    {
        var article = Cleaner.Clean(header + Story);

        Assert.Equal(Story, article.Text);
        Assert.Equal(dateline, article.Byline.Dateline);
        Assert.Equal(source, article.Byline.Source);
        MapsExactly(article);
    }

    [Fact]
    public void A_short_first_paragraph_after_a_wire_header_is_body()
    {
        var article = Cleaner.Clean("Senate Passes Flood Bill\n\nWASHINGTON (AP) — The Senate passed the bill.\n\nIt now goes to the House, where leaders expect a vote before the end of the month.");

        Assert.Equal("Senate Passes Flood Bill", article.Title);
        Assert.Equal("WASHINGTON", article.Byline.Dateline);
        Assert.Equal("AP", article.Byline.Source);
        Assert.Equal("The Senate passed the bill.", Texts(article)[0]);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Daily_mail_header_gives_author_and_date()
    {
        var article = Cleaner.Clean("By . Daily Mail Reporter . PUBLISHED: . 11:35 EST, 17 October 2013 . | . UPDATED: . 12:04 EST, 17 October 2013 . " + Story);

        Assert.Equal(Story, article.Text);
        Assert.Equal("Daily Mail Reporter", article.Byline.Author);
        Assert.Equal("11:35 EST, 17 October 2013", article.Byline.Date);
    }

    [Fact]
    public void Daily_mail_header_with_two_authors_and_last_updated()
    {
        var article = Cleaner.Clean("By . Sara Quill . and Tom Brand . Last updated at 6:27 PM on 2nd November 2011 . " + Story);

        Assert.Equal(Story, article.Text);
        Assert.Equal("Sara Quill and Tom Brand", article.Byline.Author);
        Assert.Equal("2nd November 2011", article.Byline.Date);
    }

    [Fact]
    public void Digest_date_line_is_metadata()
    {
        var article = Cleaner.Clean("March 10, 2015 . " + Story);

        Assert.Equal(Story, article.Text);
        Assert.Equal("March 10, 2015", article.Byline.Date);
    }

    [Theory]
    [InlineData("President Lyle Marsh (D) said on Monday that the ferry service would resume next week after repairs to the ramp.")]
    [InlineData("Harbor Freight Inc (HFI) shares rose 4% on Monday after the company said the ferry service would resume next week.")]
    [InlineData("By the time fire crews reached the pier, the ferry had already been towed away from the harbor mouth, officials said.")]
    [InlineData("\"We were lucky,\" said one passenger. The ferry ran aground near the harbor mouth on Sunday, officials said.")]
    public void Ordinary_first_sentences_are_left_alone(string text)
    {
        var article = Cleaner.Clean(text);

        Assert.Equal(text, article.Text);
        Assert.Equal(Byline.Empty, article.Byline);
    }

    [Theory]
    [InlineData(" E-mail to a friend .")]
    [InlineData(" E-mail to a friend . Staff writer Ana Ruiz contributed to this report.")]
    [InlineData(" Copyright 2007 Reuters. All rights reserved.This material may not be published, broadcast, rewritten, or redistributed.")]
    [InlineData(" ©2015 Harbor Weekly. All rights reserved.")]
    public void Furniture_glued_to_the_last_paragraph_is_cut(string tail)
    {
        var article = Cleaner.Clean("(CNN) -- " + Story + tail);

        Assert.Equal(Story, article.Text);
    }

    [Fact]
    public void A_sentence_that_merely_starts_with_copyright_is_body()
    {
        string text = Story + " Copyright holders say the ferry company used their photographs without permission.";
        Assert.Equal(text, Cleaner.Clean(text).Text);
    }
}
