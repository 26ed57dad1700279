using static NewsNlp.Tests.Cleaning.CleaningAssert;
using NewsNlp.Cleaning;

namespace NewsNlp.Tests.Cleaning;

/// <summary>Titles, bylines, summary blocks, headings, list items and chrome in text copied from pages.</summary>
public class StructureTests
{
    private const string Page = """
        Home | News | Sport | Weather

        Library Reopens After Two-Year Renovation

        By Nora Quinlan | Published March 2, 2024

        The Eastfield public library reopened on Saturday after a renovation that took two years and cost $7.2 million, city officials said.

        Hundreds of residents lined up before the doors opened at 9 a.m., and the children's section was full within an hour.

        A New Reading Room

        The largest change is a glass reading room on the second floor, built where the old microfilm archive used to be.

        What Happens to the Old Books?

        Librarians said about 4,000 damaged books were recycled. The rest were cleaned and returned to the shelves.

        Residents asked several questions at the opening:

        • Will the library keep its longer weekend hours?
        • Can community groups still book the meeting room for free?

        The library will be open seven days a week starting in April, the city said in a statement.

        Share this story

        Previous Article
        Council Votes to Repave Main Street
        Next Article
        Farmers Market Returns for the Season

        Advertisement
        """;

    [Fact]
    public void Page_parts_are_told_apart()
    {
        var article = Cleaner.Clean(Page);

        Assert.Equal("Library Reopens After Two-Year Renovation", article.Title);
        Assert.Equal("Nora Quinlan", article.Byline.Author);
        Assert.Equal("March 2, 2024", article.Byline.Date);
        Assert.Equal(["A New Reading Room", "What Happens to the Old Books?"], Texts(article, ParagraphKind.Heading));
        Assert.Equal(["Will the library keep its longer weekend hours?", "Can community groups still book the meeting room for free?"],
            Texts(article, ParagraphKind.ListItem));
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(6, body.Length);
        Assert.StartsWith("The Eastfield public library reopened", body[0]);
        Assert.StartsWith("The library will be open seven days a week", body[^1]);
        foreach (var chrome in new[] { "Home", "Sport", "Nora Quinlan", "Share this", "Previous Article", "Council Votes", "Farmers Market", "Advertisement" })
            Assert.DoesNotContain(chrome, article.Text);
        WellFormed(article);
        MapsExactly(article);
    }

    [Fact]
    public void Text_holds_paragraphs_separated_by_blank_lines_without_the_title()
    {
        var article = Cleaner.Clean(Page);

        Assert.Equal(string.Join("\n\n", Texts(article)), article.Text);
        Assert.DoesNotContain("Library Reopens", article.Text);
    }

    [Fact]
    public void Summary_block_labels_are_split_from_their_sentences()
    {
        string page = """
            Dam Repairs Begin Ahead of Rainy Season

            At a glance

            1. Work Starts Monday: Crews will begin repairing the spillway of the Orrin Creek dam on Monday.
            2. Costs Climb—Who Pays? The county and the state are still arguing over the $3.4 million bill.
            3. Residents downstream will get text alerts during the repairs.

            The county said on Friday that repairs to the Orrin Creek dam would start on Monday and last about six weeks, weather permitting.
            """;

        var article = Cleaner.Clean(page);

        Assert.Equal("At a glance", article.ExistingQuickLooksHeading);
        Assert.Equal(
            [
                new QuickLook("Work Starts Monday", "Crews will begin repairing the spillway of the Orrin Creek dam on Monday."),
                new QuickLook("Costs Climb—Who Pays?", "The county and the state are still arguing over the $3.4 million bill."),
                new QuickLook("", "Residents downstream will get text alerts during the repairs."),
            ],
            article.ExistingQuickLooks);
        Assert.StartsWith("The county said on Friday", Assert.Single(Texts(article)));
    }

    [Theory]
    [InlineData("Highlights")]
    [InlineData("Key takeaways:")]
    [InlineData("Budget Vote: Key Points")]
    [InlineData("Quick Looks")]
    public void Summary_headings_are_recognised_in_their_usual_forms(string heading)
    {
        string page = $"{heading}\n\n- First: The vote is set for Tuesday night at City Hall.\n- Second: The mayor expects the plan to pass.\n\nThe council will vote on Tuesday night on a plan that would raise parking fees for the first time since 2015, officials said.";

        var article = Cleaner.Clean(page);

        Assert.Equal(heading.TrimEnd(':'), article.ExistingQuickLooksHeading);
        Assert.Equal(["First", "Second"], article.ExistingQuickLooks.Select(q => q.Label));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Summary_bullets_that_lost_their_markers_in_copying_are_still_found()
    {
        string page = """
            Ferry Runs Aground Near Harbor Mouth

            Quick Looks
            No Injuries Reported: All 212 passengers were taken ashore by lifeboat within two hours.
            Low Tide Blamed: The captain told investigators the channel was shallower than charted.
            Service Suspended: The ferry company canceled all crossings until Wednesday.

            A ferry carrying 212 passengers ran aground near the harbor mouth on Sunday morning, the coast guard said, and all aboard were brought ashore safely.
            """;

        var article = Cleaner.Clean(page);

        Assert.Equal("Quick Looks", article.ExistingQuickLooksHeading);
        Assert.Equal(["No Injuries Reported", "Low Tide Blamed", "Service Suspended"], article.ExistingQuickLooks.Select(q => q.Label));
        Assert.StartsWith("A ferry carrying 212 passengers", Assert.Single(Texts(article)));
    }

    [Fact]
    public void A_bullet_list_without_a_summary_heading_stays_in_the_body()
    {
        string page = "The council listed its priorities for the year in a statement on Monday, officials said.\n\n- Repair the bridge on Elm Street.\n- Hire twelve new teachers.\n\nThe plan will be debated next week at a public hearing in the town hall, the council said.";

        var article = Cleaner.Clean(page);

        Assert.Null(article.ExistingQuickLooksHeading);
        Assert.Equal(["Repair the bridge on Elm Street.", "Hire twelve new teachers."], Texts(article, ParagraphKind.ListItem));
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_and_still_map_exactly()
    {
        string text = "The city council voted on Tuesday to extend the\nlibrary's opening hours on weekends, after a petition\nsigned by 3,000 residents.\n\nThe change takes effect in May.";

        var article = Cleaner.Clean(text);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("The city council voted on Tuesday to extend the\nlibrary's opening hours on weekends, after a petition\nsigned by 3,000 residents.", Texts(article)[0]);
        MapsExactly(article);
    }

    [Fact]
    public void News_site_furniture_around_a_local_story_is_dropped()
    {
        string page = """
            Skip to main content
            Subscribe
            Sign In

            Water Rates to Rise 6% in Riverside County Next Year
            Updated 2 hours ago
            5 min read

            Listen to this article
            Share

            By Carla Mendes and Josh Whitfield
            The Riverside Sun

            RIVERSIDE, Calif. — The county's water board voted 5-2 on Tuesday to raise residential rates by 6% starting in January.

            Advertisement

            Story continues below advertisement

            "We can't keep patching a system built in the 1960s," said board chair Lydia Torres.

            RELATED: Drought restrictions eased after wet winter

            Read more: How your water bill is calculated

            The board will review the rates again in 2027.

            Carla Mendes covers local government for The Riverside Sun. Contact her at cmendes@example.com.

            Comments (12)

            Most Popular
            1. Man rescued from flooded wash
            """;

        var article = Cleaner.Clean(page);

        Assert.Equal("Water Rates to Rise 6% in Riverside County Next Year", article.Title);
        Assert.Equal(new Byline("Carla Mendes and Josh Whitfield", "The Riverside Sun", "RIVERSIDE, Calif.", "2 hours ago"), article.Byline);
        Assert.Equal(
            ["The county's water board voted 5-2 on Tuesday to raise residential rates by 6% starting in January.",
             "\"We can't keep patching a system built in the 1960s,\" said board chair Lydia Torres.",
             "The board will review the rates again in 2027."],
            Texts(article));
        MapsExactly(article);
    }

    [Theory]
    [InlineData("The cookie jar on the counter was empty by noon.")]
    [InlineData("Readers can subscribe for $5 a month.")]
    [InlineData("\"I never miss a game,\" said the owner, who has held a season ticket since 1998.")]
    [InlineData("Voters in the district support independent candidates more than elsewhere.")]
    [InlineData("Also on Tuesday, the council approved a new parking plan for the market.")]
    [InlineData("Source close to the family said the owner would reopen the bakery next year.")]
    [InlineData("In a letter to the editor, the mayor said the budget was sound.")]
    [InlineData("She hoped to become a member of the harbor board by spring.")]
    [InlineData("Scammers are sending fake invoices to your inbox, police said.")]
    [InlineData("Duration of the new contract is three years, the union said.")]
    public void Short_story_sentences_that_mention_widget_words_are_kept(string sentence)
    {
        string text = "The bakery on Elm Street sold out of its holiday cookies on Saturday, the owner said.\n\n" + sentence + "\n\nThe shop will reopen on Monday at 7 a.m., she said.";
        Assert.Contains(sentence, Texts(Cleaner.Clean(text)));
    }

    [Theory]
    [InlineData("Have a news tip? Email tips@harborcity7.example or call our newsroom at (541) 555-0134.")]
    [InlineData("Got a story? Email us at news@eastfield.example or call 0800 555 0188.")]
    [InlineData("Have you seen the new ferry yet? Share your photos with us on the app.")]
    [InlineData("The Eastfield Post may earn a commission when you buy through links on our site.")]
    [InlineData("Get the best of The Eastfield Post in your inbox every morning.")]
    [InlineData("By subscribing, you agree to our privacy policy.")]
    [InlineData("Reminder, this is a Premium article and requires a subscription to read.")]
    [InlineData("Correction: An earlier version of this story gave the wrong date for the ferry's return to service. It returned on Monday.")]
    [InlineData("An earlier version of this article misspelled the name of the port authority's spokesperson.")]
    [InlineData("This live blog has ended. Read our full story on the ferry's return.")]
    public void The_publication_talking_to_its_readers_is_not_the_story(string appeal)
    {
        string text = "The harbor ferry returned to service on Monday after three weeks of repairs, the port authority said.\n\n"
            + "Commuters said the crossing took longer than before.\n\n" + appeal;
        var texts = Texts(Cleaner.Clean(text));
        Assert.DoesNotContain(appeal, texts);
        Assert.Equal(2, texts.Length);
    }

    [Theory]
    [InlineData("Anyone with information is asked to call Crime Stoppers at 1-800-555-0123.")]
    [InlineData("\"They never tell us anything,\" said Dana Ruiz, who has taken the ferry since 1998.")]
    [InlineData("Do you remember the old ferry? Many residents do, and some still keep its tickets.")]
    public void Appeals_and_quotes_that_belong_to_the_story_are_kept(string sentence)
    {
        string text = "The harbor ferry returned to service on Monday after three weeks of repairs, the port authority said.\n\n" + sentence;
        Assert.Contains(sentence, Texts(Cleaner.Clean(text)));
    }

    [Fact]
    public void The_headline_is_the_last_headline_like_line_above_the_story_not_the_site_name()
    {
        // Sentence-case headline under the site's name, a menu and a breadcrumb, with its standfirst after it (no stop).
        string page = "Skip to content\nThe Harbor Ledger\nMenu\nHome\nNews\nLocal\nHome » News » Local\n\n"
            + "Harbor council votes to turn old ferry terminal into a market hall\n"
            + "The vote ends a three-year search for a new home for the weekend market and its 60 stalls\n\n"
            + "By Nora Quinlan\nMarch 4, 2025\n\nShare\nFacebook\n\n"
            + "The Harbor City council voted 6-1 on Monday night to convert the empty ferry terminal on Quay Street into a covered market hall.\n\n"
            + "Work is expected to begin in the autumn, the council said.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Harbor council votes to turn old ferry terminal into a market hall", article.Title);
        Assert.Equal("Nora Quinlan", article.Byline.Author);
    }

    [Fact]
    public void A_headline_on_its_own_line_is_not_joined_to_the_next_in_text_that_is_not_wrapped()
    {
        // Paragraphs copied from a page are one line each, so a line without a stop before another is no broken sentence.
        string page = "We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.\n"
            + "Harbor City News\nHome | News | Weather | Sports\n"
            + "Harbor City to test a night ferry service on weeknights\n"
            + "Image source, Harbor City Port Authority\n"
            + "The port authority said on Wednesday that two ferry routes would run through the night on weekdays from June, in a one-year trial aimed at shift workers at the hospital and the container terminal.\n"
            + "The trial will cost about 2 million dollars, according to the authority, which said it would hire about 20 more crew members for the night shifts.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Harbor City to test a night ferry service on weeknights", article.Title);
        var texts = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, texts.Length);
        Assert.StartsWith("The port authority said", texts[0]);
        Assert.Contains("Image source, Harbor City Port Authority", article.Captions);
    }

    [Fact]
    public void The_standfirst_and_a_labelled_byline_are_metadata_not_body()
    {
        string page = "Harbor City News\nHome | News | Weather\n\n"
            + "Harbor school robotics team heads to world championship\n\n"
            + "The team of eight pupils needs to raise $18,000 to cover the trip to the final in April.\n\n"
            + "Author: Carla Jimenez\nPublished: 5:48 PM CST March 3, 2025\nUpdated: 6:20 PM CST March 3, 2025\n\n"
            + "Share on Facebook\n\n"
            + "A team of eight pupils from Harbor Middle School is headed to the world robotics championship next month after winning the state title.\n\n"
            + "The team beat 46 other schools at the state competition on Saturday, the school said.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Harbor school robotics team heads to world championship", article.Title);
        Assert.Equal("The team of eight pupils needs to raise $18,000 to cover the trip to the final in April.", article.Standfirst);
        Assert.Equal("Carla Jimenez", article.Byline.Author);
        Assert.Equal("5:48 PM CST March 3, 2025", article.Byline.Date);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("A team of eight pupils", body[0]);
        Assert.DoesNotContain(article.Paragraphs, p => article.Text.AsSpan(p.Start, p.End - p.Start).Contains("Updated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_and_a_reporters_job_title_make_a_byline()
    {
        string page = "Harbor Business News\n\nFerry operator to build a $40 million terminal in Harbor City\n\nDaniel Osei, Staff Writer\n\n"
            + "The ferry operator said on Tuesday it would build a $40 million passenger terminal on the north quay, creating 120 jobs.\n\n"
            + "Construction is expected to begin in the summer, the company said.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Daniel Osei", article.Byline.Author);
        Assert.Equal("Ferry operator to build a $40 million terminal in Harbor City", article.Title);
    }

    [Fact]
    public void An_unmarked_bullet_summary_a_caption_above_its_credit_and_an_inline_links_box_are_told_apart()
    {
        string page = "Harbor City News\n\nWhy a boil-water notice was issued for the whole of Harbor City\n\nBy Priya Raman\n\n"
            + "What to know\n\n"
            + "A boil-water notice covers most of Harbor City after a pressure drop on Monday.\n"
            + "Residents should boil tap water for one minute before drinking it.\n"
            + "Schools in two districts are closed on Tuesday.\n\n"
            + "Crews repair a broken main near the treatment plant on Tuesday.\nImage: Harbor City Water Authority\n\n"
            + "More than 90,000 people in Harbor City were told to boil their tap water on Tuesday after a main broke near the treatment plant.\n\n"
            + "The break, in a pipe that carries treated water out of the plant, was found shortly after 11 p.m. on Monday, the water authority said.\n\n"
            + "Related Articles\nCouncil approves new reservoir plan\nHarbor City pupils win science prize\n\n"
            + "Water authority director Marcus Bell said the pipe had failed because of its age and the cold weather over the weekend.\n\n"
            + "The notice is likely to remain in place until Thursday while the water is tested, the water authority said.\n\n"
            + "More on this story\nHarbor City to replace its oldest water pipes\nThe council has set aside money for the first five miles of new pipe, officials said on Friday.\n"
            + "Reservoir levels fall after a dry winter\nLevels at the city's two reservoirs are lower than at any time since the drought of 2012, the authority said.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("What to know", article.ExistingQuickLooksHeading);
        Assert.Equal(3, article.ExistingQuickLooks.Count);
        Assert.Contains("Crews repair a broken main near the treatment plant on Tuesday.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(4, body.Length);
        Assert.StartsWith("More than 90,000 people", body[0]);
        Assert.StartsWith("The notice is likely", body[^1]);
        Assert.DoesNotContain(body, b => b.Contains("reservoir", StringComparison.OrdinalIgnoreCase) || b.Contains("science prize", StringComparison.Ordinal));
    }

    [Fact]
    public void The_headline_is_above_the_byline_and_fragment_bullets_make_a_summary_block()
    {
        string page = "HARBOR SPORT\nFootball · Cricket · Rugby\n\nFootball / Premier Division / Harbor Rovers\n\n"
            + "Late header keeps Harbor Rovers' title hopes alive\n\n"
            + "Priya Ramaswamy | Football Correspondent\nSun 4 May 2025, 19:42 · 4 min read\n\n"
            + "FT Harbor Rovers 2-1 Quay City\nAdeyemi 23' | Feltri 71', Kinsella 90+4'\n\n"
            + "The big picture\n\n"
            + "Rovers move within two points of the leaders with three games left\n\n"
            + "City have now lost three of their last four away games\n\n"
            + "Kinsella celebrates the winner in front of the home fans. Credit: Harbor Sport Pictures\n\n"
            + "Niall Kinsella's stoppage-time header gave Harbor Rovers a 2-1 win over Quay City on Sunday and kept their title hopes alive.\n\n"
            + "Rovers had trailed for almost an hour before a substitute levelled with 19 minutes left, the club said.\n\n"
            + "Copyright 2025 Harbor Sport. All rights reserved.\n\nMore football\nCity sack their manager after fourth defeat\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Late header keeps Harbor Rovers' title hopes alive", article.Title);
        Assert.Equal("Priya Ramaswamy", article.Byline.Author);
        Assert.Equal("The big picture", article.ExistingQuickLooksHeading);
        Assert.Equal(2, article.ExistingQuickLooks.Count);
        Assert.Contains("Kinsella celebrates the winner in front of the home fans. Credit: Harbor Sport Pictures", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Niall Kinsella's stoppage-time header", body[0]);
    }

    [Fact]
    public void A_short_first_sentence_sentence_case_subheadings_and_calls_to_the_reader_are_told_apart()
    {
        string page = "Harbor Life\nNEWS  TECH  STYLE\n\nDana Ruiz · Senior Editor\n\nImage source, Harbor Life\nThe new ferry at the north quay on Monday.\n\n"
            + "Harbor City's night ferry is finally here.\n\n"
            + "The port authority said on Monday that two routes would run through the night on weekdays from June, in a one-year trial.\n\n"
            + "View this post on Instagram\nA post shared by Harbor Life\n\n"
            + "A trial years in the making\n\n"
            + "Shift workers at the hospital and the container terminal have asked for a night service since 2019, the authority said.\n\n"
            + "Get weekly news and analysis on the harbor. Sign up here.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Dana Ruiz", article.Byline.Author);
        Assert.Contains("The new ferry at the north quay on Monday.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.Equal("Harbor City's night ferry is finally here.", body[0]);
        Assert.Equal(["A trial years in the making"], Texts(article, ParagraphKind.Heading));
    }

    [Fact]
    public void A_press_release_keeps_its_news_and_reports_its_highlights()
    {
        string page = "ReleaseWire\nNewsroom   Send a Release   Pricing   Log In\n\n"
            + "Harbor Robotics Unveils Autonomous Hull-Cleaning Drone for Ferry Operators\n\n"
            + "* Cleans a ferry hull in under four hours without divers\n* Runs on battery power for up to ten hours\n* Pilot operators reported a 40% cut in fuel use\n\n"
            + "NEWS PROVIDED BY\nHarbor Robotics Inc.\nMar 11, 2025, 08:00 ET\n\n"
            + "HARBOR CITY, Maine, March 11, 2025 /ReleaseWire/ -- Harbor Robotics Inc., a maker of autonomous machines for shipping, today introduced HullBot, a drone that cleans ferry hulls without divers.\n\n"
            + "Commercial shipments will begin in June 2025, the company said.\n\n"
            + "About Harbor Robotics\n\nHarbor Robotics is a marine technology company founded in 2019 and based in Harbor City.\n\n"
            + "Media contact:\nDana Ruiz, press@harbor-robotics.example, (555) 014-8830\n\nSOURCE Harbor Robotics Inc.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Harbor Robotics Unveils Autonomous Hull-Cleaning Drone for Ferry Operators", article.Title);
        Assert.Equal(3, article.ExistingQuickLooks.Count);
        Assert.Equal("HARBOR CITY, Maine", article.Byline.Dateline);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Harbor Robotics Inc., a maker of autonomous machines", body[0]);
    }

    [Fact]
    public void Link_lists_sign_up_boxes_photo_prompts_and_a_writers_card_are_not_the_story()
    {
        string page = "The Harbor Ledger\nMenu\nSearch\nHarbor City, ME\n48°F\nMostly Sunny\n\nLOCAL NEWS\n"
            + "Ferry fares to rise 8% in July as fuel costs bite\n"
            + "Kofi Mensah\nHarbor City\nUpdated: Apr 2, 2025 08:12 ET\n"
            + "Open this photo in gallery:\nThe morning ferry leaves Pier 3 on Tuesday.\n\n"
            + "Key points:\nAdult fares rise from $6.25 to $6.75 on July 1\nStudents and seniors keep their current fares\nThe Island Loop Is Cut to Four Sailings a Day\n\n"
            + "Fares on the Harbor City ferries will rise 8 percent on July 1, the port authority said on Tuesday, citing fuel costs.\n\n"
            + "READ MORE:\nPort authority names new director\nIsland residents ask for a later last sailing\n\n"
            + "The authority said fuel now makes up a third of its operating budget, up from a fifth five years ago.\n\n"
            + "Get the Harbor Morning newsletter\nThe day's top stories, delivered to your inbox at 6 a.m.\nEnter your email address\nSign up\n\n"
            + "A public hearing on the increase is set for May 12 at City Hall.\n\n"
            + "Kofi Mensah\nTransportation Reporter\nKofi Mensah covers transportation for The Harbor Ledger. Reach him at kmensah@harborledger.example.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Ferry fares to rise 8% in July as fuel costs bite", article.Title);
        Assert.Equal("Kofi Mensah", article.Byline.Author);
        Assert.Contains("The morning ferry leaves Pier 3 on Tuesday.", article.Captions);
        Assert.Equal(3, article.ExistingQuickLooks.Count);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("A public hearing", body[^1]);
        Assert.DoesNotContain(Texts(article), p => p.Contains("Port authority names") || p.Contains("inbox") || p.Contains("Transportation Reporter") || p.Contains("Mostly Sunny"));
    }

    [Fact]
    public void A_headline_in_sentences_a_pull_quote_and_a_wire_storys_credits_are_not_body()
    {
        string page = "Opinion | Local Voices\n"
            + "Stop paving the river. The next flood will dig it back up.\n"
            + "The city has buried 9 miles of streams since 1950. Opening a few would cost less than the alternative.\n"
            + "By Rosa Mendel\nMay 6, 2024\n\n"
            + "There is a creek under my street, and for nine years I did not know it was there until the storm last August lifted the manhole covers.\n\n"
            + "\u201CWe spent the last century hiding water.\u201D\n\n"
            + "We spent the last century hiding water. We should spend this one making room for it, before the next storm does it for us.\n\n"
            + "Reporting by Rosa Mendel and Tom Hale in Millbrook; Additional reporting by Ines Hart; Editing by Sam Weller and Dana Ruiz\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Stop paving the river. The next flood will dig it back up.", article.Title);
        Assert.StartsWith("The city has buried 9 miles", article.Standfirst);
        Assert.Equal("Rosa Mendel", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("We spent the last century hiding water. We should", body[1]);
    }

    [Fact]
    public void A_page_head_without_blank_lines_keeps_its_headline_and_a_glued_photo_credit_marks_a_caption()
    {
        string page = "Harbor Business\nMarkets\nSubscribe\nLog In\nDOW\n41,233.12\n+0.42%\nRETAIL\n"
            + "Harbor Foods agrees to $2.3 billion buyout by Crestmoor Capital\n"
            + "The deal values the 212-store chain at a 31% premium and would take it private after four decades.\n"
            + "Dana Okafor\nSenior Retail Reporter\nUpdated Mon, Feb 10, 2025 at 8:47 AM EST\nShare\n"
            + "A Harbor Foods store in Cedar Falls. The chain operates in seven states.Photo: Ellen Brandt for Harbor Business\n\n"
            + "Harbor Foods, the Des Moines-based supermarket chain, said Monday it had agreed to be acquired by Crestmoor Capital.\n\n"
            + "Read more:\nWhy private equity keeps betting on grocery chains\nDiscount grocers are winning the Midwest. Here's how.\n\n"
            + "The board of directors unanimously approved the agreement, the company said in a filing.\n\n"
            + "Spotted an error? Let us know.\nDid you find this article insightful?\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Harbor Foods agrees to $2.3 billion buyout by Crestmoor Capital", article.Title);
        Assert.Equal("Dana Okafor", article.Byline.Author);
        Assert.Contains(article.Captions, c => c.StartsWith("A Harbor Foods store", StringComparison.Ordinal));
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The board of directors", body[^1]);
    }

    [Fact]
    public void A_breaking_kicker_keeps_the_lede_under_it()
    {
        string page = "Harbor Chronicle\nMenu\n\nGovernor resigns after ethics report\nBy Ana Ruiz\nMay 14, 2025\n\n"
            + "BREAKING\nGov. Dana Whitlock resigned on Tuesday, hours after the state ethics board released its report, her office said.\n\n"
            + "The lieutenant governor will be sworn in on Wednesday morning at the Capitol, a spokesman said.\n";
        var body = Texts(Cleaner.Clean(page), ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Gov. Dana Whitlock resigned", body[0]);
    }

    [Fact]
    public void A_live_blog_keeps_its_entries_without_time_stamps_sign_offs_or_the_alert_strip()
    {
        string page = "Harlow Courier\nMenu\n\nWEATHER ALERT\nFlood Warning for Harlow County until 7 AM Thursday. Up to 3 inches of rain possible.\n\n"
            + "Live updates: River to crest tonight in Harlow\nPriya Raman and Tom Ebbs\nHarlow Courier\nPublished 6:15 a.m. CT April 19, 2024\n\n"
            + "What we know\nThe river is expected to crest at 27.4 feet around 11 p.m. Friday.\nAbout 1,900 homes are under evacuation orders.\n\n"
            + "3:07 p.m.\nGov. Ana Ruiz signed an emergency declaration for Harlow County on Friday afternoon, freeing state money for pumps and sandbags.\n\u2014 Tom Ebbs\n\n"
            + "2:41 p.m.\nThe state closed the Highway 12 bridge at 2:30 p.m. as water reached its supports, and drivers were sent to the Pell City crossing.\n\u2014 Priya Raman\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Live updates: River to crest tonight in Harlow", article.Title);
        Assert.Equal("Priya Raman and Tom Ebbs", article.Byline.Author);
        Assert.Equal(2, article.ExistingQuickLooks.Count);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Gov. Ana Ruiz", body[0]);
        Assert.DoesNotContain(Texts(article), p => p.Contains("p.m.\n") || p.StartsWith("3:07") || p.Contains("Tom Ebbs") || p.Contains("Flood Warning"));
    }

    [Fact]
    public void A_match_reports_byline_and_a_market_data_widget_are_read_as_such()
    {
        string page = "Terrace\nMenu\n\nLinde's late strike sends Rovers top\nMatch report by Callum Byrne at Marlow Lane\nSat 9 Mar 2024 17.04 GMT\n\n"
            + "Jonas Linde struck two minutes from time at Marlow Lane to lift Ashbourne Rovers above Harwell on goal difference.\n\n"
            + "Related tickers\nHLVR\nHalvera Robotics Inc.\n$48.12\n-14.01%\n\n"
            + "Rovers travel to Portmere on Tuesday night, while City host the bottom club, Dunstall Town, next Saturday.\n\n"
            + "Line-ups\nAshbourne Rovers (4-3-3): Haughey; Price, Adeyemi, Colquhoun, Ferris; Mullan, Devlin, Rourke.\nReferee: Gareth Holcombe. Attendance: 18,204.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Callum Byrne", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Rovers travel to Portmere", body[^1]);
        Assert.DoesNotContain(Texts(article), p => p.Contains("Halvera") || p.Contains("Haughey"));
    }

    [Fact]
    public void A_lower_case_byline_under_the_headline_and_credits_after_a_caption_are_metadata()
    {
        string page = "BREAKING NEWS: Harbor Road closed\n"
            + "Fire at Harbor City warehouse prompts shelter-in-place order for nearby streets\n"
            + "by Nadia Brooks, Harbor 8 News\n"
            + "February 25, 2025 · Updated Feb. 26, 2025 at 10:12 a.m.\n"
            + "Share   Tweet   Email   Print\n"
            + "Smoke rises over the warehouse district on Tuesday. Lucas Hendry for The Harbor Ledger\n"
            + "This is a developing story. Check back for updates.\n"
            + "Firefighters from six departments are battling a large fire at a chemical warehouse on the north side of Harbor City, officials said Tuesday.\n"
            + "The cause of the fire is under investigation, the fire chief said at a news conference.\n"
            + "Local news like this depends on readers like you. Support independent local news. Donate today.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Fire at Harbor City warehouse prompts shelter-in-place order for nearby streets", article.Title);
        Assert.Equal("Nadia Brooks", article.Byline.Author);
        Assert.Equal("February 25, 2025", article.Byline.Date);
        Assert.Contains("Smoke rises over the warehouse district on Tuesday. Lucas Hendry for The Harbor Ledger", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Firefighters from six departments", body[0]);
    }

    [Theory]
    [InlineData("Ananya Rao\nMay 14, 2025 | 09:12 IST", "Ananya Rao", "May 14, 2025")]
    [InlineData("Daniel Tremblay\nMaple Wire Service\nWed, May 14, 2025, 3:05 p.m. EDT · 3 min read", "Daniel Tremblay", "Wed, May 14, 2025, 3:05 p.m. EDT")]
    [InlineData("Posted on May 14, 2025 by Mike Delgado", "Mike Delgado", "May 14, 2025")]
    [InlineData("Marcus Delaney\nmdelaney@harborchronicle.example\nPublished Mar 6, 2025 at 4:15 PM EST", "Marcus Delaney", "Mar 6, 2025 at 4:15 PM EST")]
    [InlineData("Explainer · 6 min read\nUpdated 2 hours ago", null, "2 hours ago")]
    [InlineData("Anirudh Kulkarni / HCN / Updated: Apr 23, 2024, 08:14 IST", "Anirudh Kulkarni", "Apr 23, 2024, 08:14 IST")]
    [InlineData("Marc-André Leblanc · Harbor News\nPosted: Oct 17, 2023 4:00 AM ADT", "Marc-André Leblanc", "Oct 17, 2023 4:00 AM ADT")]
    [InlineData("Eleanor Pryce Education correspondent\nTue 14 May 2024 06.00 BST", "Eleanor Pryce", "Tue 14 May 2024 06.00 BST")]
    [InlineData("Priya Raman and Tom Ebbs\nHarbor Chronicle\nPublished 6:15 a.m. CT April 19, 2024", "Priya Raman and Tom Ebbs", "6:15 a.m. CT April 19, 2024")]
    [InlineData("By Priya Raman, Health Correspondent and Tom Whitcombe\nMay 14, 2025", "Priya Raman and Tom Whitcombe", "May 14, 2025")]
    [InlineData("by: Priya Raman\nUpdated: 05/05/2025 07:30 PM EDT", "Priya Raman", "05/05/2025 07:30 PM EDT")]
    [InlineData("By Priya Raman\nHMTR -5.83 (-12.14%)\n14 May 2025", "Priya Raman", "14 May 2025")]
    [InlineData("By ODILE FARRANT Harbor Wire\nMay 14, 2025", "ODILE FARRANT", "May 14, 2025")]
    [InlineData("By KEITH MORROW Chronicle Staff Writer\nMay 14, 2025", "KEITH MORROW", "May 14, 2025")]
    [InlineData("By JOHN REYES Jr.\nMay 14, 2025", "JOHN REYES Jr.", "May 14, 2025")]
    [InlineData("By John Reyes Jr.\nMay 14, 2025", "John Reyes Jr.", "May 14, 2025")]
    [InlineData("Author: Lena Okafor (KHBR)\nPublished: 5:47 PM CST May 14, 2025 Updated: 8:12 PM CST May 14, 2025", "Lena Okafor", "5:47 PM CST May 14, 2025")]
    [InlineData("By Tomas Riedel May 14, 2025 at 6:00 a.m. EST Updated May 15, 2025 at 9:14 a.m. EST", "Tomas Riedel", "May 14, 2025 at 6:00 a.m. EST")]
    [InlineData("By April Lindqvist\nMay 14, 2025", "April Lindqvist", "May 14, 2025")]
    public void Bylines_and_dates_in_the_forms_pages_print_them(string lines, string? author, string date)
    {
        string page = "Harbor Chronicle\nHome / India / Business / Markets\n\n"
            + "Harbor Motors to invest in a battery plant near the port, creating 3,000 jobs\n"
            + lines + "\nShare\n\n"
            + "MUMBAI: Harbor Motors on Tuesday announced an investment in a battery plant near the port that will create about 3,000 jobs.\n\n"
            + "Also Read | Auto sales rise 9% in April\n\n"
            + "The plant is expected to start production in 2027, the company said in a statement.\n\n"
            + "112 comments\nThe comments below have not been moderated.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal(author, article.Byline.Author);
        Assert.Equal(date, article.Byline.Date);
        Assert.Equal("MUMBAI", article.Byline.Dateline);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Harbor Motors on Tuesday announced", body[0]);
    }

    [Fact]
    public void A_short_headline_after_the_site_name_in_capitals_and_the_small_print_after_the_story()
    {
        string page = "THE HARBOR REVIEW\nCulture  Ideas  Books\n\nThe Fixers of Harbor City\n\n"
            + "By Dana Kowalczyk Staff Writer\n\nVolunteers piece a toaster back together. DANA KOWALCZYK | Harbor Review\n\n"
            + "On the first Saturday of every month, a church hall on Quay Street fills with broken toasters, lamps and radios.\n\n"
            + "The volunteers who fix them say the repair cafe has mended more than 2,000 items since it opened in 2019.\n\n"
            + "Dana Kowalczyk covers culture for the Review.\n\n"
            + "Want more stories like this? Subscribe to our free weekly bulletin.\n\n"
            + "Was this page helpful?\nYes  No\n\nDisclaimer: The information in this article is provided for information only and is not advice of any kind.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("The Fixers of Harbor City", article.Title);
        Assert.Equal("Dana Kowalczyk", article.Byline.Author);
        Assert.Contains("Volunteers piece a toaster back together. DANA KOWALCZYK | Harbor Review", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The volunteers who fix them", body[^1]);
    }

    [Fact]
    public void A_meter_notice_a_dated_caption_a_pieced_pull_quote_a_video_player_and_the_print_edition_note_are_not_body()
    {
        string page = "The Quarterly\nSubscribe\nSign In\nYou have 3 free articles remaining this month. Subscribe for unlimited access.\n"
            + "FEATURES\nThe Last Lighthouse Keepers\nBy Rhona Gillespie\nMarch 4, 2025\n"
            + "Euan Mackay on the gallery of the Dunraith light, January 2025.\n"
            + "The Dunraith light has not needed a keeper since 1998, but Euan Mackay still climbs its 142 steps every morning.\n"
            + "He was the last of four keepers posted to the rock, and when the light went automatic he stayed on as its caretaker.\n"
            + "\u201CThey said the machines would do it all,\u201D he told me on the stairs. \u201CNobody told the gulls.\u201D\n"
            + "\u201CThey said the machines would do it all. Nobody told the gulls.\u201D\n"
            + "VIDEO\n1:48\n01:48\nInside Scotland's last staffed lighthouses\nThe Quarterly Films\n"
            + "The board that runs the light plans to sell the keepers' cottages next year, and Mackay has been told he may stay until then.\n"
            + "This article appears in the April 2025 print edition with the headline \u201CThe Keeper.\u201D\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("The Last Lighthouse Keepers", article.Title);
        Assert.Equal("Rhona Gillespie", article.Byline.Author);
        Assert.Contains("Euan Mackay on the gallery of the Dunraith light, January 2025.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(4, body.Length);
        Assert.StartsWith("The Dunraith light has not needed", body[0]);
        Assert.StartsWith("The board that runs the light", body[^1]);
        Assert.DoesNotContain(Texts(article, ParagraphKind.Heading), h => h.Contains("lighthouses", StringComparison.Ordinal) || h.Contains("Films", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trending_list_a_numbered_most_read_box_video_and_play_buttons_and_a_gallery_caption_are_not_body()
    {
        string page = "The Lakeside Ledger\n\nSubscribe\n\nTrending\n\nCounty fair returns with a new livestock barn\n\n"
            + "Who is building on the old mill site? Readers ask\n\nLOCAL NEWS\n\n"
            + "Ferry service to Gull Island resumes after a three-week repair\n\n"
            + "by: Hana Kowal\n\nPosted: Jun 4, 2024 / 05:10 PM CDT\n\n"
            + "[1/2] The Gull Island ferry docks at Lakeside pier on Tuesday, June 4, 2024. Lakeside Ledger/Hana Kowal\n\n"
            + "The ferry between Lakeside and Gull Island carried passengers again on Tuesday, three weeks after a cracked propeller shaft took it out of service.\n\n"
            + "Island residents had relied on a water taxi that made four trips a day, and shop owners said deliveries had slowed to a trickle.\n"
            + "MOST READ\n1\nCounty fair returns with a new livestock barn\n2\nTwo lanes of Route 12 close for paving next week\n3\nLibrary extends summer hours\n"
            + "The repair to the propeller shaft cost about $180,000, the county said, and was paid for from its ferry reserve fund.\n\n"
            + "Video Loading\n\nPlay now\n\n\u25B6 Watch: the ferry's first crossing (available from 6 p.m.)\n\n"
            + "The county said the ferry would keep its summer timetable for island residents, with the first crossing at 6:15 a.m. and the last at 9 p.m.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Ferry service to Gull Island resumes after a three-week repair", article.Title);
        Assert.Equal("Hana Kowal", article.Byline.Author);
        Assert.Contains(article.Captions, c => c.StartsWith("[1/2] The Gull Island ferry", StringComparison.Ordinal));
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(4, body.Length);
        Assert.StartsWith("The ferry between Lakeside", body[0]);
        Assert.StartsWith("The county said the ferry", body[^1]);
        Assert.Empty(Texts(article, ParagraphKind.Heading));
    }

    [Fact]
    public void A_headline_in_sentences_keeps_its_unpunctuated_standfirst_and_a_summary_fragment_may_end_with_a_clock_time()
    {
        string page = "Northway Post\n\nEXPLAINER\n\nWhy are ferry fares rising? Here's what's behind the increase\n\n"
            + "Fuel, crew wages and an aging fleet are all pushing ticket prices higher\n\nBy Tomas Berg\n\nJune 2, 2024\n\n"
            + "What you need to know\n\nAdult fares rise from $6.25 to $6.90 on July 1\n\nMonthly passes go up by $12\n\n"
            + "The ticket office stays open until 7 p.m.\n\n"
            + "Ferry riders will pay about 10 percent more from July, the regional transit board decided on Tuesday.\n\n"
            + "Board members said fuel and wages had risen faster than expected, and that two of the four boats need new engines.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Why are ferry fares rising? Here's what's behind the increase", article.Title);
        Assert.Equal("Fuel, crew wages and an aging fleet are all pushing ticket prices higher", article.Standfirst);
        Assert.Equal(3, article.ExistingQuickLooks.Count);
        Assert.Equal(2, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_timed_updates_ticker_and_a_one_sentence_pull_quote_are_not_body()
    {
        string page = "Grain silo fire forces evacuation in Marlow Junction\n\nBy Celia Ortmann\n\n"
            + "A fire inside a grain silo forced the evacuation of about 60 homes in Marlow Junction on Thursday, the fire department said.\n\n"
            + "\u201CWe train for this every year, and it still surprised us how fast it spread,\u201D said Fire Chief Dale Brennan, who led the crews.\n\n"
            + "\u201CWe train for this every year, and it still surprised us how fast it spread.\u201D\n\n"
            + "Updates\n\n6:41 PM\nBridge on Route 9 reopens after inspection\n\n6:02 PM\nSchool board delays vote on new calendar\n\nSee all updates\n\n"
            + "Residents were allowed back into their homes late Thursday evening, after crews confirmed the fire was out.\n\n"
            + "This story appeared in the Friday print edition.\n";
        var body = Texts(Cleaner.Clean(page), ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("\u201CWe train for this every year, and it still surprised us how fast it spread,\u201D said", body[1]);
        Assert.StartsWith("Residents were allowed back", body[^1]);
    }

    [Fact]
    public void A_reader_poll_and_a_boxed_fact_check_set_into_the_story_are_not_body()
    {
        string page = "Candidates spar over property taxes in final debate\n\nBy Lena Marsh\n\n"
            + "The two candidates for governor clashed over property taxes on Tuesday night in their last debate before the election.\n\n"
            + "FACT CHECK\nRobert Hamm said property taxes have doubled under the current administration.\n"
            + "Our rating: False. Net property tax levies rose about 14% over six years, state figures show.\nRead the full fact check\n\n"
            + "Hamm said voters wanted relief, and his opponent said the state could not afford his plan.\n\n"
            + "POLL\nWho do you think won Tuesday's debate?\nDana Kessler\nRobert Hamm\nVote\nView results\n\n"
            + "Analysts said the debate was unlikely to move many voters in a race expected to be close.\n";
        var body = Texts(Cleaner.Clean(page), ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("Hamm said voters wanted relief", body[1]);
    }

    [Fact]
    public void The_papers_name_over_the_days_date_is_no_byline_and_the_writers_note_is_not_body()
    {
        string page = "Subscribe for $1\nThe Millbrook Sentinel\nWednesday, April 16, 2025\nHome\nNews\nSports\n"
            + "City council approves downtown parking changes\nBen Hollister\nStaff Writer\nApr 16, 2025\nShare\n"
            + "The Millbrook City Council voted 5-2 on Tuesday to overhaul downtown parking and add 90 free spaces.\n"
            + "The changes take effect June 1, city staff said, and are the first since 2009.\n"
            + "Ben Hollister is city hall reporter for the Sentinel.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("City council approves downtown parking changes", article.Title);
        Assert.Equal("Ben Hollister", article.Byline.Author);
        Assert.Equal(2, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_tabloid_caption_above_its_credit_teasers_under_read_more_on_and_a_stations_dateline_are_not_body()
    {
        string page = "Walker rescued after spaniel keeps him warm through freezing night\n\nBy Kerry Dunn\n\n"
            + "MILLBROOK, Ohio (News 9) \u2014 A walker who broke his ankle on the moor survived a freezing night because his spaniel lay across his chest, rescuers said.\n"
            + "SAFE AND SOUND Derek was stretched off the moor after a search lasting through the night\nCredit: Fellside Rescue Team\n"
            + "The dog barked every time she heard a noise, and a drone with a thermal camera found the pair shortly after 9am.\n"
            + "Read more on dogs\nPUP IDOL Spaniel who sniffs out truffles lands deal with restaurant\nRUFF DAY Dog eats wedding cake hours before ceremony\n"
            + "A spokesman for the rescue team said the dog's body heat had almost certainly saved him.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("MILLBROOK, Ohio", article.Byline.Dateline);
        Assert.Contains(article.Captions, c => c.StartsWith("SAFE AND SOUND", StringComparison.Ordinal));
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("A walker who broke his ankle", body[0]);
    }

    [Fact]
    public void Lines_of_a_facts_box_are_not_prose()
    {
        string page = "Harbor Rovers beat Quay City with a late header\n\n"
            + "Niall Kinsella's stoppage-time header gave Harbor Rovers a 2-1 win over Quay City on Sunday.\n\n"
            + "Rovers: Okoye; Barnes, Doherty, Kilbride, Asante; Morrow, Tiernan, Hale; Whitlock, Pryce, Lund.\n\n"
            + "Referee: Paul Lorimer. Attendance: 18,442.\n\n"
            + "Analysis: Rovers looked sharper after the break, with Tiernan running the midfield.\n\n"
            + "The result lifts Rovers to fifth in the table, two points outside the play-off places.\n";
        var body = Texts(Cleaner.Clean(page), ParagraphKind.Body);
        Assert.DoesNotContain(body, b => b.StartsWith("Rovers:", StringComparison.Ordinal) || b.StartsWith("Referee:", StringComparison.Ordinal));
        Assert.Contains("Analysis: Rovers looked sharper after the break, with Tiernan running the midfield.", body);
        Assert.Equal(3, body.Length);
    }

    [Fact]
    public void A_banner_over_the_headline_a_byline_with_its_job_and_place_and_sign_up_and_plug_lines_are_not_story()
    {
        string page = "KVTR 5 News\n\nWatch Live\n\nBREAKING\n\nFlood watch in effect for Dunmore County until 6 p.m. Thursday\n\n"
            + "Ferry service to Kell Island resumes after three-day storm closure\n\n"
            + "Alma Reyes\n\nTransportation Reporter\n\nat Kell Harbor\n\nWed 12 Mar 2025 08.15 GMT\n\nLast modified on Wed 12 Mar 2025 11.02 GMT\n\n"
            + "The first ferry to Kell Island in three days left the harbour at 7:15 on Wednesday with 40 passengers aboard.\n\n"
            + "Sign up to The Harbour Report\n\nFree weekly newsletter\n\n"
            + "Our reporters on the week's island news, delivered every Monday morning.\n\nEnter your email address\n\nSign up\n\n"
            + "The operator said the afternoon crossings would run to the winter timetable until Friday.\n\n"
            + "Get the KVTR 5 app for breaking alerts and the latest local stories.\n\n"
            + "Have photos of the storm? Send them to us at news@kvtr5.example.\n\n"
            + "Need help? Call the island council's storm line on 0800 555 0123.\n\n"
            + "Before You Leave, Check This Out\n\nCouncil approves new fire station on the east side\n\nWhat is the difference between a watch and a warning?\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Ferry service to Kell Island resumes after three-day storm closure", article.Title);
        Assert.Equal("Alma Reyes", article.Byline.Author);
        Assert.Equal("Wed 12 Mar 2025 08.15 GMT", article.Byline.Date);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The first ferry to Kell Island", body[0]);
        Assert.StartsWith("The operator said", body[1]);
        Assert.Empty(Texts(article, ParagraphKind.Heading));
    }

    [Fact]
    public void A_fact_checks_claim_and_rating_boxes_its_sources_and_a_summary_pasted_with_blank_lines()
    {
        string page = "Fact check: No, the Halvern bridge is not closing for good\n\nBy Tomas Reyes\n\nPublished Feb. 11, 2025\n\n"
            + "What to know\n\nThe bridge stays open during repairs.\n\nLane closures are overnight only.\n\nThe viral photo shows another bridge.\n\n"
            + "CLAIM\n\n\"The Halvern bridge will be shut for good on March 1.\"\n\nOur rating\n\nFALSE\n\nTrue\nMostly true\nFalse\n\n"
            + "A post shared widely on Facebook claims the Halvern bridge will close permanently on March 1.\n\n"
            + "The state transport department says the bridge will stay open while its deck is repaired.\n\n"
            + "We rate this claim False.\n\nSources\n\nEmail from the transport department, Feb. 7, 2025\n";
        var article = Cleaner.Clean(page);
        Assert.Equal(3, article.ExistingQuickLooks.Count);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("A post shared widely", body[0]);
        Assert.Equal("We rate this claim False.", body[2]);
    }

    [Fact]
    public void A_staff_byline_names_no_person_and_an_also_on_box_is_not_story()
    {
        string page = "Library adds Sunday hours at Elm Street branch\n\nBy Cedar Hollow Now Staff\n\n"
            + "The library board voted 5-1 on Monday to open the Elm Street branch on Sundays from noon to 5 p.m. starting in June.\n\n"
            + "Also on Cedar Hollow Now:\nSchool board to vote on later start times for middle schools\nPolice seek driver in Orchard Lane crash\n\n"
            + "The board will review attendance after six months, its president said.\n";
        var article = Cleaner.Clean(page);
        Assert.Null(article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The board will review", body[1]);
    }

    [Fact]
    public void A_newsletter_post_keeps_its_headline_and_ends_before_its_footnotes()
    {
        // The newsletter's name is written twice above the post (masthead, share box), and so is the headline.
        string page = "The Harbour Ledger\n\nSubscribe\nSign in\n\nShare this post\nThe Harbour Ledger\nFerry fares to rise 12% in April, board papers show\nCopy link\n\n"
            + "Ferry fares to rise 12% in April, board papers show\nThe increase is the second in a year.\n\nMila Okonkwo\nMar 3, 2025\n\n"
            + "Fares on the Harbour Ferry will rise by 12% on April 1, according to papers prepared for this week's board meeting.1\n\n"
            + "The board blames fuel and crew costs, which it says rose faster than expected over the winter.\n\n"
            + "A monthly pass will cost $96, up from $86, and a single crossing $4.50.\n\n"
            + "1\nThe papers were published on the board's website on Friday evening and taken down on Saturday.\n\n"
            + "Subscribe to The Harbour Ledger\nIndependent reporting on the waterfront and the people who work it.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Ferry fares to rise 12% in April, board papers show", article.Title);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("A monthly pass", body[2]);
    }

    [Fact]
    public void A_newsletter_box_a_link_box_an_audio_player_and_a_channel_plug_inside_the_story_are_furniture()
    {
        string page = "Island sanctuary on alert after stoat sighting\n\nBy Aroha Kerr\n\n"
            + "Rangers are searching Motuiti Island after a trail camera photographed a stoat near the northern landing on Saturday.\n\n"
            + "Newsletter\n\nThe Morning Brief\n\nGet the day's top stories delivered to your inbox every morning.\n\nEnter your email address\n\nSign up\n\nThis field is required\n\n"
            + "The island has been free of introduced predators since 2016 and is home to several rare birds.\n\n"
            + "Related News\n\nTrapping network extended along the coast\nVolunteers count record number of dotterels\n\n"
            + "Rangers have laid 200 extra traps and brought in two detection dogs, the conservation department said.\n\n"
            + "Ranger Tama Hohaia spoke to Morning Report\n\nListen duration 4\u2032 12\u2033\nAdd to playlist\nPlay Audio\n\n"
            + "Stay informed! Follow the Coast Courier on WhatsApp for breaking news and exclusive content. Join our channel today!\n\n"
            + "Boat owners are asked to check their gear for stowaways before landing on any island in the gulf.\n\n"
            + "Get the Coast Courier app\n\nDownload our free app to get news notifications.\n\n\u00a9 2025 Coast Courier\n";
        var article = Cleaner.Clean(page);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(4, body.Length);
        Assert.StartsWith("Boat owners", body[3]);
        Assert.Empty(Texts(article, ParagraphKind.Heading));
    }

    [Fact]
    public void A_portal_note_on_a_syndicated_wire_story_ends_it()
    {
        string page = "Heavy rain shuts schools in three districts\n\n"
            + "Kochi, Aug 14 (PTI) Schools in three districts were closed on Wednesday as heavy rain continued for a second day, officials said.\n\n"
            + "The weather department has forecast more rain until Friday.\n\n"
            + "(Only the headline of this report may have been reworked by our staff; the rest of the content is auto-generated from a syndicated feed.)\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("PTI", article.Byline.Source);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Schools in three districts", body[0]);
    }

    [Fact]
    public void An_advertisement_between_its_labels_and_the_writers_contact_line_are_not_story()
    {
        string page = "Bakery to reopen after flood repairs\n\nBy Gerald Pruitt\n\nApril 17, 2024 at 7:02 p.m. Updated April 18, 2024 at 9:15 a.m.\n\n"
            + "The Corner Loaf bakery on Main Street will reopen on Saturday, eight months after floodwater filled its basement.\n\n"
            + "Advertisement\n\nSpring Sale\nHarlow Hardware\nSave up to 20% on paint and garden tools this weekend only.\nShop now\n\nAdvertisement\n\n"
            + "The owners said insurance covered most of the $90,000 in repairs.\n\n"
            + "Contact Gerald Pruitt at gpruitt@example.com or (573) 555-0148.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("April 17, 2024 at 7:02 p.m.", article.Byline.Date);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The owners said", body[1]);
    }

    [Fact]
    public void A_weather_widget_an_alert_strip_a_pasted_table_and_a_columnists_small_print_are_not_story()
    {
        string page = "News\nWeather\n6 On Your Side\nSearch\n\nWINTER STORM WARNING in effect for Marlow County until 6 PM Wednesday. Tap for details.\n\n"
            + "Ice storm to glaze the valley overnight\n\nBy Dana Whitfield\n\n"
            + "Freezing rain will spread across the valley on Tuesday evening, forecasters said.\n\n"
            + "7-Day Forecast\n\nToday\n34\u00b0 / 27\u00b0\nFreezing rain developing\n\nWed\n36\u00b0 / 24\u00b0\nIce early, then rain\n\n"
            + "Product\tRate\tChange\n30-year fixed\t6.38%\t-0.19\n\n"
            + "Crews have pretreated the main roads with brine, the state transport department said.\n\n"
            + "Read more from Dana Whitfield\nWhy the valley gets more ice than snow\n\n"
            + "Dana Whitfield is a meteorologist who writes about the valley's weather.\n\n"
            + "Opinions expressed are the author's own.\n\nShare your view\nWe welcome letters to the editor of up to 200 words.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Ice storm to glaze the valley overnight", article.Title);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Crews have pretreated", body[1]);
        Assert.DoesNotContain("\u00b0", article.Text);
    }

    [Fact]
    public void An_e_edition_pages_furniture_its_jump_lines_and_a_credited_photo_are_not_story()
    {
        string page = "Page A1\n\nZoom In\nZoom Out\nArticle View\nNext Page\n\nCity pool to close for repairs this summer\n\nBy HOLLIS CARMODY\n\n"
            + "Swimmers wait outside the Elm Street pool on Wednesday afternoon.\nSENTINEL PHOTO BY ANDRE KOVACS\n\n"
            + "The Elm Street pool will close in June for repairs to its filtration system, the parks department said on Wednesday.\n\n"
            + "The work is expected to cost about $400,000 and last until September.\n\n"
            + "Continued on Page A6\n\nINSIDE\nObituaries, A4\nSports, B1\n\nPage A6\n\nPOOL, from A1\n\n"
            + "Lifeguards will be moved to the Riverside pool, which will extend its hours while Elm Street is closed.\n\n"
            + "Contact Hollis Carmody at hcarmody@example.com or 555-0172.\n";
        var article = Cleaner.Clean(page);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("The Elm Street pool", body[0]);
        Assert.StartsWith("Lifeguards will be moved", body[2]);
        Assert.Contains("Swimmers wait outside the Elm Street pool on Wednesday afternoon.", article.Captions);
    }

    [Fact]
    public void A_headline_with_a_stop_inside_is_the_title_and_a_bio_of_an_unnamed_writer_and_closed_comments_end_the_story()
    {
        string page = "BUSINESS\nANALYSIS\n\nThe mill is back. The town is not\n\nBy Graham Ellis\nBusiness Editor\n\n"
            + "When the new furnace at the Ashby mill was lit last month, the company called it the start of a second century.\n\n"
            + "The mill employs 400 people, a tenth of what it did in 1980, and the town's budget still shows it.\n\n"
            + "Dana Whitlock covers business and labor for the Ashby Tribune.\n\nComments are closed for this story.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("The mill is back. The town is not", article.Title);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The mill employs", body[1]);
    }

    [Fact]
    public void A_timeline_inside_the_story_is_read_as_list_items()
    {
        string page = "Arena deal collapses after three years\n\n"
            + "The developer behind the Riverside Arena pulled out of the project on Friday, the mayor's office said.\n\n"
            + "How the deal unraveled\n\n"
            + "June 14, 2022: The council approves the development agreement, 6-3.\n\n"
            + "Aug. 21, 2023: Demolition begins on the former rail yard.\n\n"
            + "March 7, 2025: The developer withdraws.\n\n"
            + "The city has spent about $19 million on the project so far, according to its finance office.\n";
        var article = Cleaner.Clean(page);
        var items = Texts(article, ParagraphKind.ListItem);
        Assert.Equal(3, items.Length);
        Assert.StartsWith("June 14, 2022:", items[0]);
        Assert.StartsWith("The city has spent", Texts(article, ParagraphKind.Body)[^1]);
        Assert.DoesNotContain(Texts(article, ParagraphKind.Body), p => p.StartsWith("March 7, 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void A_press_release_ends_where_the_company_boilerplate_begins()
    {
        string page = "Northgate Logistics to acquire Pell Cold Storage\n\n"
            + "Northgate Logistics, Inc. said on Monday it had agreed to buy Pell Cold Storage for $210 million in cash.\n\n"
            + "The deal adds nine warehouses in the Midwest and is expected to close in the third quarter.\n\n"
            + "About Northgate Logistics, Inc.\n\n"
            + "Northgate Logistics, Inc. is a Columbus, Ohio-based provider of freight and warehousing services across North America.\n";
        var body = Texts(Cleaner.Clean(page), ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The deal adds", body[1]);
    }

    [Fact]
    public void An_app_alert_prompt_and_a_registration_meter_are_furniture()
    {
        string page = "Grocer to test digital shelf labels\n\nBy Ana Ruiz\n\n"
            + "You've read 2 of 3 free articles this month.\nRegister for free to get unlimited access to our articles.\nREGISTER NOW\nAlready registered? Sign in\n\n"
            + "Fairway Foods will put electronic shelf labels in 20 stores by December, the company said on Tuesday.\n\n"
            + "Get breaking business news alerts\nTurn on notifications in the Metro Now app so you never miss a story.\nTURN ON ALERTS\nNot now\n\n"
            + "The labels will let staff change prices from head office, though the company said it had no plans to change them during the day.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal(2, Texts(article, ParagraphKind.Body).Length);
        Assert.Empty(Texts(article, ParagraphKind.Heading));
        Assert.DoesNotContain("free articles", article.Text);
    }

    [Theory]
    [InlineData("Crews repair a ruptured water main on Harbor Avenue on Monday afternoon.(KXLV)")]
    [InlineData("Sen. Dana Whitlock speaks to reporters at the Capitol on Monday. | Photo by Eli Brandt/Capitol Ledger")]
    public void Captions_credited_at_the_end_are_captions(string caption)
    {
        string page = "Harbor City News\n\nWater main break leaves hundreds of homes without service in Harbor City\n\n" + caption + "\n\n"
            + "Hundreds of homes in Harbor City were without running water on Monday after a main broke under Harbor Avenue, the water department said.\n\n"
            + "Crews expected to finish repairs by Tuesday morning, officials said.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Water main break leaves hundreds of homes without service in Harbor City", article.Title);
        Assert.Contains(caption, article.Captions);
    }

    [Fact]
    public void Raw_format_keeps_every_block()
    {
        string text = "Menu\n\nShare this\n\nThe ferry ran aground on Sunday.";

        var article = Cleaner.Clean(text, ArticleFormat.Raw);

        Assert.Equal(text, article.Text);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void A_pasted_page_with_a_title_case_dateline_an_inline_link_a_labelled_caption_and_two_reporters()
    {
        string page = "Harbor Daily\nHome\nNews\nCity\n"
            + "Ferry fares to rise by a dollar from April, says the port board\n"
            + "Updated: 12 March 2026 14:02 GMT\n"
            + "Kellport: The port board will raise ferry fares by a dollar from April 1, its chairman said on Wednesday, citing fuel costs.\n"
            + "The increase is the first since 2019 and will apply to all crossings, including the night service to Ness Island.\n"
            + "\"Some of us cross twice a day, and a dollar each way adds up,\" said Mira Lund, who commutes to a bakery on the island.\n"
            + "Image source, Harbor Daily\n"
            + "Image caption, Commuters queue for the morning ferry at Kellport\n"
            + "The board said it would review the fares again after the summer season ends.\n"
            + "RELATED: Ness Island bakery marks 50 years\n"
            + "Commuter groups said they would ask the board to freeze fares for students.\n"
            + "(Reporting by Ana Ruiz in Kellport and Tom Ebbs in Ness; Editing by Paul Hadley)\n"
            + "Trending Now\nBarn fire near Dutton Road\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Kellport", article.Byline.Dateline);
        Assert.Equal("Ana Ruiz and Tom Ebbs", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(5, body.Length);
        Assert.StartsWith("The port board will raise ferry fares", body[0]);
        Assert.StartsWith("\"Some of us cross twice a day", body[2]);
        Assert.Equal("Commuter groups said they would ask the board to freeze fares for students.", body[^1]);
    }

    [Fact]
    public void A_press_releases_issuer_is_no_author_and_a_pull_quote_is_dropped_in_either_case()
    {
        string page = "PressLine Wire\nNewsroom\nSubmit a Release\nNews provided by\nKestrel Robotics\n09 Mar, 2026, 08:00 ET\nShare this article\n"
            + "Kestrel Robotics Opens $40 Million Assembly Plant in Dunmore County\n"
            + "DUNMORE, Texas, March 9, 2026 /PressLine/ -- Kestrel Robotics, a maker of warehouse robots, today announced the opening of its first plant in Dunmore County.\n"
            + "\u201cEvery robot we build here is a job we kept at home.\u201d\n"
            + "\"We could have built it anywhere. But every robot we build here is a job we kept at home,\" said Dana Whitlock, the company's chief executive.\n"
            + "The plant will employ 220 people when it reaches full production next year, the company said.\n"
            + "About Kestrel Robotics\nKestrel Robotics designs and builds robots for warehouses.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Kestrel Robotics Opens $40 Million Assembly Plant in Dunmore County", article.Title);
        Assert.Null(article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.DoesNotContain("\u201cEvery robot we build here is a job we kept at home.\u201d", body);
    }

    [Fact]
    public void A_pasted_regional_page_its_name_and_date_line_and_a_related_box_before_a_caption()
    {
        string page = """
            Skip to content
            The Kellsford Courier
            Menu
            LOCAL NEWS
            Owl bridges strung across the Brannock Highway to stop road deaths
            Ines Carvalho | Published 6:05 AM EST, Wed March 4, 2026
            Posted Wed 4 Mar 2026 at 6:05am, updated Wed 4 Mar 2026 at 9:40am
            Share
            Three rope bridges have been strung across the Brannock Highway north of Kellsford to help possums and owls cross at night, the shire council said on Tuesday.
            Volunteers with the Kellsford wildlife rescue group recorded 43 animals killed on the road in the past two years, most of them after dark.
            Related stories
            Glider poles help endangered possums cross busy road
            Owl numbers in steep decline, new survey finds
            One of the three rope bridges over the Brannock Highway, north of Kellsford. (Supplied: Kellsford Shire Council)
            Motion-sensing cameras have been mounted at each end of the bridges to record which animals cross. In the first three weeks they captured possums and a goanna.
            The council's environment manager, Rosa Lindqvist, said that result was not unexpected at all.
            "We'd love a photo of an owl on day one, but we're in this for the long haul," she said on Tuesday afternoon.
            The council is also considering lowering the speed limit on the highway from 100 to 80 kilometres per hour at night.
            Share
            Related topics
            """;

        var article = Cleaner.Clean(page);

        Assert.Equal("Owl bridges strung across the Brannock Highway to stop road deaths", article.Title);
        Assert.Equal("Ines Carvalho", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Contains(body, p => p.StartsWith("Motion-sensing cameras", StringComparison.Ordinal));
        Assert.Contains(body, p => p.StartsWith("The council's environment manager", StringComparison.Ordinal));
        Assert.DoesNotContain(body, p => p.StartsWith("Glider poles", StringComparison.Ordinal));
        Assert.Equal(6, body.Length);
        Assert.True(BylineParser.TryParseDate("Posted Wed 4 Mar 2026 at 6:05am, updated Wed 4 Mar 2026 at 9:40am", out var date));
        Assert.Equal("Wed 4 Mar 2026 at 6:05am", date);
    }

    [Fact]
    public void A_columns_pull_quote_bio_disclaimer_letters_box_and_figure_caption_are_not_the_story()
    {
        string page = """
            Opinion
            Our school's phone ban is working, and parents are the ones who need to adjust
            By Harriet Nakamura
            March 2, 2026
            Six months ago our middle school asked every student to lock their phone in a pouch at the front gate, and the change has been quieter than anyone expected.
            Figure 1: Calls to the school office per week, autumn term. Source: Halverton Middle School
            What I heard underneath most of the complaints was something less dramatic: we have gotten used to knowing where our children are. Being out of touch for six hours now feels, to a lot of us, like negligence.
            “Being out of touch for six hours now feels, to a lot of us, like negligence. It isn't.”
            It isn't. It's childhood, and it is what most of us had when we were their age, and what we keep saying we want for our kids.
            Harriet Nakamura is a columnist for the Halverton Examiner and the author of two books on raising children online.
            This column represents the views of the author and not necessarily those of the Halverton Examiner.
            Have something to say about this column? Send a letter of no more than 200 words to letters@halvertonexaminer.example.
            58 Comments
            """;

        var article = Cleaner.Clean(page);

        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("It isn't. It's childhood", body[^1]);
        foreach (var chrome in new[] { "Figure 1", "is a columnist for", "represents the views", "Send a letter" })
            Assert.DoesNotContain(body, p => p.Contains(chrome, StringComparison.Ordinal));
        Assert.Contains(article.Captions, c => c.StartsWith("Figure 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_about_a_vote_count_is_the_title_and_a_ratings_widget_is_still_chrome()
    {
        string page = """
            Opposition leader edges ahead as vote count drags into a fourth day

            LUSAKA, Zambia (Reuters) — The opposition candidate held a narrow lead on Sunday as results from the presidential election trickled in from rural districts.

            The electoral commission said the count would end by Tuesday, and asked both camps to wait for the final tally.

            How useful was this post?

            Average rating 4.6 / 5. Vote count: 12

            No votes so far! Be the first to rate this post.
            """;
        var article = Cleaner.Clean(page);
        Assert.Equal("Opposition leader edges ahead as vote count drags into a fourth day", article.Title);
        Assert.DoesNotContain("Vote count:", article.Text);
        Assert.DoesNotContain("No votes so far", article.Text);
        Assert.EndsWith("wait for the final tally.", article.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("By Mariam Okoro\n\n")]
    public void A_long_line_under_the_headline_is_its_standfirst_with_or_without_a_byline_under_it(string byline)
    {
        string page = "Port of Tema hires 300 dockers as Ghana cocoa exports rebound\n\n"
            + "The harbour authority says the new crews will clear a backlog of ships waiting off the coast within a month\n\n"
            + byline
            + "The Ghana Ports and Harbours Authority said on Tuesday that it had hired 300 dock workers at the Port of Tema to handle a surge in cocoa shipments.\n\n"
            + "Exports rose 18% in the first quarter after two poor harvests, according to the country's cocoa board.\n";
        var article = Cleaner.Clean(page);
        Assert.Equal("Port of Tema hires 300 dockers as Ghana cocoa exports rebound", article.Title);
        Assert.Equal("The harbour authority says the new crews will clear a backlog of ships waiting off the coast within a month", article.Standfirst);
        Assert.StartsWith("The Ghana Ports and Harbours Authority said", article.Text);
        if (byline.Length > 0) Assert.Equal("Mariam Okoro", article.Byline.Author);
    }
}
