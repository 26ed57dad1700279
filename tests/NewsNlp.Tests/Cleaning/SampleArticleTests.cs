using NewsNlp.Tests.Support;
using static NewsNlp.Tests.Cleaning.CleaningAssert;

namespace NewsNlp.Tests.Cleaning;

/// <summary>The bundled samples clean to their story and nothing else.</summary>
public class SampleArticleTests
{
    [Fact]
    public void Border_troops_web_copy_yields_title_byline_quick_looks_and_body()
    {
        var article = Cleaner.Clean(TestPaths.ReadSample("border-troops.txt"));

        Assert.Equal("Mexico Keeps 10,000 Troops at Border as Tariff Pause Nears Its End", article.Title);
        Assert.Equal(new Byline("Rosa Delgado", "Frontera Daily", "El Paso", null), article.Byline);

        Assert.Equal("Mexico’s Border Mission, One Month On: Quick Looks", article.ExistingQuickLooksHeading);
        Assert.Equal(7, article.ExistingQuickLooks.Count);
        Assert.Equal(new QuickLook("Troops Stay Put", "Mexico will keep all 10,000 National Guard members on its northern border beyond the original 30-day deal."), article.ExistingQuickLooks[0]);
        Assert.Equal("Ciudad Juárez and Tijuana Still the Focus", article.ExistingQuickLooks[2].Label);
        // A label that is a question keeps its question mark; the sentence follows it.
        Assert.Equal(new QuickLook("Crossings Fall, but Why?", "U.S. figures show fewer arrests, though analysts say the trend began months ago."), article.ExistingQuickLooks[3]);
        Assert.Equal("", article.ExistingQuickLooks[6].Label);
        Assert.StartsWith("Officials in both capitals expect", article.ExistingQuickLooks[6].Text);

        var body = Texts(article, ParagraphKind.Body);
        Assert.StartsWith("Mexico will keep its 10,000 National Guard troops on the northern border", body[0]);
        Assert.StartsWith("Officials in both capitals say another round of talks is expected", body[^1]);
        Assert.Equal(
            ["A Deal Built on a Deadline", "Echoes of López Obrador’s Strategy", "Will the Troops Make a Difference?"],
            Texts(article, ParagraphKind.Heading));
        var items = Texts(article, ParagraphKind.ListItem);
        Assert.Equal(4, items.Length);
        Assert.Equal("Will Trump agree to extend the tariff pause beyond March 4?", items[0]);

        var caption = Assert.Single(article.Captions);
        Assert.EndsWith("(AP Photo/Lucia Benavides)", caption);
        Assert.Contains("Ciudad Juarez", caption);

        foreach (var chrome in new[] { "Top Story", "Deep Look", "Quick Looks", "More on World News", "Previous Article", "Canada Names New Envoy",
                     "How useful", "Click on a star", "Vote count", "No votes so far", "Share this article", "newsletter", "Latest News", "Menu",
                     "Frontera Daily", "AP Photo", "Troops Stay Put" })
            Assert.DoesNotContain(chrome, Body(article));
        // The title is metadata, not body, and the standfirst inside the byline line is not body either.
        Assert.DoesNotContain("Tariff Pause Nears Its End", Body(article));
        Assert.DoesNotContain("A month after the first convoys rolled north", Body(article));
        CaptionsFollowBody(article);
        WellFormed(article);
        MapsExactly(article);
    }

    [Fact]
    public void Harbor_strike_html_drops_site_chrome_and_keeps_the_story()
    {
        var article = Cleaner.Clean(TestPaths.ReadSample("harbor-strike.html"));

        Assert.Equal("Dockworkers Walk Out at Port of Bayview as Contract Talks Collapse", article.Title);
        Assert.Equal("Hannah Okafor", article.Byline.Author);
        Assert.Equal("The Coastal Ledger", article.Byline.Source);
        Assert.Equal("BAYVIEW, Ore.", article.Byline.Dateline);
        Assert.Equal("June 12, 2025", article.Byline.Date);

        var body = Texts(article, ParagraphKind.Body);
        Assert.StartsWith("About 2,300 dockworkers at the Port of Bayview walked off the job", body[0]);
        Assert.StartsWith("The last strike at the port, in 2011,", body[^1]);
        Assert.Equal(["Automation at the Heart of the Dispute", "Shippers Scramble for Alternatives"], Texts(article, ParagraphKind.Heading));
        Assert.Equal(3, Texts(article, ParagraphKind.ListItem).Length);
        Assert.Contains("“Nobody on this line wanted to be here,” said Teresa Valdivia", article.Text); // entities decoded
        Assert.EndsWith("(Photo: Marcus Lee/The Coastal Ledger)", Assert.Single(article.Captions));

        foreach (var chrome in new[] { "cookies", "Accept all", "Home", "Subscribe", "Sign in", "Breaking", "Ferry service", "Share on", "Copy link",
                     "Advertisement", "Tags:", "How useful", "Related stories", "automation plan", "Morning Ledger", "newsletter", "About us",
                     "All rights reserved", "dataLayer", "position: fixed", "Cargo ships wait offshore" })
            Assert.DoesNotContain(chrome, Body(article));
        WellFormed(article);
    }

    [Fact]
    public void Html_paragraphs_map_back_to_their_elements()
    {
        var article = Cleaner.Clean(TestPaths.ReadSample("harbor-strike.html"));
        foreach (var p in article.Paragraphs)
        {
            // Best effort for HTML: the first word of each paragraph is where the map points (entities aside).
            string text = article.Text.Substring(p.Start, p.Length);
            string firstWord = text.Split(' ')[0];
            if (firstWord.Any(c => c > 127)) continue;
            Assert.Equal(firstWord, article.Input.Substring(article.Map.ToInput(p.Start), firstWord.Length));
        }
    }

    [Fact]
    public void City_budget_wire_story_strips_the_reuters_header_and_credit_line()
    {
        var article = Cleaner.Clean(TestPaths.ReadSample("city-budget.txt"));

        Assert.Equal("Chicago Council Approves Budget With $41.1 Million Transit Rescue", article.Title);
        Assert.Equal(new Byline("Marcus Feld", "Reuters", "CHICAGO", null), article.Byline);
        var body = Texts(article);
        Assert.All(body, p => Assert.Equal(ParagraphKind.Body, article.Paragraphs[Array.IndexOf(body, p)].Kind));
        Assert.StartsWith("Chicago's City Council on Wednesday approved a $16.8 billion budget", body[0]);
        Assert.StartsWith("The budget takes effect on Jan. 1.", body[^1]);
        Assert.Equal(11, body.Length);
        Assert.DoesNotContain("(Reuters)", article.Text);
        Assert.DoesNotContain("Reporting by", article.Text);
        Assert.DoesNotContain("By Marcus Feld", article.Text);
        MapsExactly(article);
    }

    [Fact]
    public void Storm_landfall_key_points_with_dash_bullets_and_a_photo_line()
    {
        var article = Cleaner.Clean(TestPaths.ReadSample("storm-landfall.txt"));

        Assert.Equal("Hurricane Delia Makes Landfall Near Port Arthur With 120 mph Winds", article.Title);
        Assert.Equal(new Byline("Lena Whitaker", "Gulf Coast Herald", "PORT ARTHUR, Texas", "Sept. 9, 2025 8:15 AM CT"), article.Byline);
        Assert.Equal("Key Points", article.ExistingQuickLooksHeading);
        Assert.Equal(["Landfall", "Power Outages", "Storm Surge", "Evacuations"], article.ExistingQuickLooks.Select(q => q.Label));
        Assert.Equal(["Refineries Shut Down", "What Comes Next"], Texts(article, ParagraphKind.Heading));
        Assert.StartsWith("Photo: A man wades", Assert.Single(article.Captions));
        var body = Texts(article, ParagraphKind.Body);
        Assert.StartsWith("Hurricane Delia slammed into the upper Texas coast", body[0]);
        Assert.EndsWith("\"The storm is moving on, but the danger is not over,\" Collins said at an afternoon briefing.", body[^1]);
        foreach (var chrome in new[] { "Share this story", "Follow us", "Related Stories", "busy end to hurricane season", "Published:", "Key Points" })
            Assert.DoesNotContain(chrome, Body(article));
        MapsExactly(article);
    }

    [Fact]
    public void Every_sample_is_well_formed_and_deterministic()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Samples).Where(f => f.EndsWith(".txt") || f.EndsWith(".html")))
        {
            string input = File.ReadAllText(file);
            var first = Cleaner.Clean(input);
            var second = Cleaner.Clean(input);
            WellFormed(first);
            Assert.Equal(first.Text, second.Text);
            Assert.Equal(first.Paragraphs, second.Paragraphs);
            Assert.NotEmpty(first.Paragraphs);
        }
    }
}
