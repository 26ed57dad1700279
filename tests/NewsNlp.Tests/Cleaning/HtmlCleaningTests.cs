using static NewsNlp.Tests.Cleaning.CleaningAssert;

namespace NewsNlp.Tests.Cleaning;

/// <summary>HTML pages: the article container, metadata from markup, furniture dropped.</summary>
public class HtmlCleaningTests
{
    [Fact]
    public void Article_container_wins_over_page_furniture()
    {
        string html = """
            <html><head><title>Orchard Frost Hits Apple Growers - Valley Times</title></head>
            <body>
              <nav><a href="/">Home</a> <a href="/farm">Farm</a></nav>
              <div class="sidebar"><p>Most read: a long list of other headlines that we do not want in the article body at all.</p></div>
              <article>
                <p>A late frost damaged about a third of the apple blossoms in the Lower Valley this week, growers said on Thursday.</p>
                <p>Growers said it was too early to know how much of the harvest would be lost.</p>
                <ul class="links"><li><a href="/a">Frost map</a></li><li><a href="/b">Grower resources</a></li></ul>
              </article>
              <footer><p>Valley Times, 14 Mill Road. All rights reserved.</p></footer>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Orchard Frost Hits Apple Growers", article.Title);
        Assert.Equal(
            ["A late frost damaged about a third of the apple blossoms in the Lower Valley this week, growers said on Thursday.",
             "Growers said it was too early to know how much of the harvest would be lost."],
            Texts(article));
        WellFormed(article);
    }

    [Fact]
    public void A_contributor_box_gives_the_author_without_the_job_title()
    {
        const string html = """
            <html><body><article>
            <h1>Storm leaves thousands of harbor homes without power</h1>
            <div data-component="byline-block" class="x9-Wrapper"><div class="x9-TextContributorName">By Rhys Calloway</div>
            <div class="x9-Text">Environment correspondent, Harbor News</div></div>
            <p>Around 12,000 homes were left without electricity overnight as the storm brought gusts of up to 90mph to the harbor.</p>
            <p>Engineers had restored supplies to a third of them by mid-morning, the grid operator said.</p>
            </article></body></html>
            """;
        var article = Cleaner.Clean(html);
        Assert.Equal("Rhys Calloway", article.Byline.Author);
        Assert.Equal(2, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_page_laid_out_in_tables_with_double_line_breaks_gives_its_paragraphs()
    {
        const string html = """
            <HTML><HEAD><TITLE>Valley Courier - Local News</TITLE></HEAD><BODY>
            <TABLE width="760"><TR>
            <TD width="150"><FONT size="2"><A href="/local/">Local News</A><BR><A href="/schools/">Schools</A></FONT></TD>
            <TD width="480">
            <FONT size="5"><B>Library board approves Sunday hours at the Elm Street branch</B></FONT><BR><BR>
            <FONT size="2"><B>By Maria Okafor</B></FONT><BR><BR>
            <FONT size="3">The library board voted 5 to 2 on Monday to open the Elm Street branch on Sundays from noon to 5 p.m. starting in June.<BR><BR>
            Board president Alan Reyes said the change would cost about $38,000 a year, paid from the branch's book fund.<BR><BR>
            The board will review attendance after six months.</FONT><BR><BR>
            <FONT size="2"><B>Reader Comments (1)</B></FONT><BR>
            <FONT size="2"><B>elm_reader</B> wrote: About time, the branch has been closed on weekends for years.</FONT>
            </TD></TR></TABLE>
            <TABLE><TR><TH>Branch</TH><TH>Hours</TH></TR><TR><TD>Elm Street</TD><TD>10-6</TD></TR></TABLE>
            </BODY></HTML>
            """;
        var article = Cleaner.Clean(html);
        Assert.Equal("Library board approves Sunday hours at the Elm Street branch", article.Title);
        Assert.Equal("Maria Okafor", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("Board president Alan Reyes", body[1]);
        Assert.Equal("The board will review attendance after six months.", body[2]);
        MapsExactly(article);
    }

    [Fact]
    public void Story_text_between_boxes_in_one_container_is_kept_and_paragraphs_marked_paywall_are_story()
    {
        const string html = """
            <html><head><title>Ferry fares to rise in April | Harbourside Daily</title></head><body>
            <div class="top">Harbourside Daily | e-Paper | Subscribe</div>
            <div class="main"><h1>Ferry fares to rise in April</h1>
            <div class="body_txt" data-articlebody="1">Ferry fares between Kell Island and the mainland will rise by 8 per cent from April 1, the operator said on Tuesday, the first increase in four years.<br><br>The operator said fuel and crew costs had climbed by a third since 2021.<div class="ad_wrap"><div class="ad_lbl">ADVERTISEMENT</div><div class="ad_sub">Story continues below this ad</div></div>Islanders' groups said the rise would hit commuters hardest, and asked for a season ticket for residents.<br><br><div class="also_read">Also Read | <a href="/x">Harbour dredging to start in May</a></div>The council will discuss the fares at its meeting next week.</div>
            <p class="paywall">A spokesperson for the operator said the company had frozen fares for four years while its costs rose, and that it would keep the discount for pensioners and students, which about a third of its passengers use on weekday mornings.</p>
            <div class="disclaimer_txt">Catch all the latest news and updates on Harbourside Daily.</div></div>
            </body></html>
            """;
        var article = Cleaner.Clean(html);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(5, body.Length);
        Assert.StartsWith("Ferry fares between Kell Island", body[0]);
        Assert.StartsWith("Islanders' groups said", body[2]);
        Assert.Equal("The council will discuss the fares at its meeting next week.", body[3]);
        Assert.StartsWith("A spokesperson for the operator", body[4]);
        Assert.DoesNotContain(body, b => b.Contains("ADVERTISEMENT") || b.Contains("Also Read") || b.Contains("Catch all"));
        MapsExactly(article);
    }

    [Fact]
    public void A_sign_up_box_with_a_form_field_and_an_abbreviated_caption_class_are_not_story_and_a_bylines_name_and_job_are_apart()
    {
        const string html = """
            <html><body><div class="page"><h1>Bakery chain to open three shops in Kell Harbour</h1>
            <div class="byline-row"><a class="byline-name" href="/bio/ana-ruiz">Ana Ruiz</a><div class="byline-title">Reporter, Harbour Business Journal</div></div>
            <div class="img-cap">The chain's first shop opened on Quay Street in 2019.</div>
            <p>Crumb &amp; Co, the bakery chain, will open three shops in Kell Harbour by the end of the year, creating about 45 jobs.</p>
            <div class="nl-box"><div class="nl-head">Start your day with the Morning Edition</div><div class="nl-body">Get the region's top business news before 7 a.m. every weekday.</div><input type="text" placeholder="Work email"><button>Sign Up</button></div>
            <p>The company said the shops would bake on site and sell bread made with flour from a mill on the island.</p>
            </div></body></html>
            """;
        var article = Cleaner.Clean(html);
        Assert.StartsWith("Ana Ruiz", article.Byline.Author);
        Assert.DoesNotContain("RuizReporter", article.Byline.Author);
        Assert.Contains("The chain's first shop opened on Quay Street in 2019.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Crumb & Co", body[0]);
        Assert.StartsWith("The company said", body[1]);
    }

    [Fact]
    public void A_logo_h1_is_not_the_headline_and_a_paywalled_part_of_the_story_is_kept()
    {
        const string html = """
            <html><head><title>Dock strike ends - The Harbour Post</title></head><body>
            <header><h1 class="site-logo"><a href="/">The Harbour Post</a></h1></header>
            <main>
            <h2 class="story-headline">Dock workers end strike after pay deal</h2>
            <p class="byline">By Ana Ruiz</p>
            <section class="free"><p>Dock workers in Port Hallam voted on Monday to end a nine-day strike after accepting a 6 percent pay rise over two years.</p></section>
            <div class="paywall"><p>Subscribe to continue reading.</p></div>
            <section class="locked" aria-hidden="true">
            <p>The union said 82 percent of members who voted backed the offer, which also adds two days of annual leave.</p>
            <p>The port operator said cargo handling would be back to normal by the weekend.</p>
            </section>
            <div aria-hidden="true"><p>Share</p></div>
            </main></body></html>
            """;
        var article = Cleaner.Clean(html);
        Assert.Equal("Dock workers end strike after pay deal", article.Title);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("The port operator said", body[^1]);
    }

    [Fact]
    public void Video_players_and_photo_galleries_inside_the_story_are_left_out()
    {
        const string html = """
            <html><body><article>
            <h1>Ferry service resumes after two-week strike</h1>
            <p>Ferries between Port Hallam and the islands ran again on Monday after crews accepted a new pay offer.</p>
            <div class="video-embed"><video controls><source src="/v/ferry.mp4">Your browser does not support the video tag.</video>
            <div class="video-embed__playlist"><h3>Up Next</h3><ul><li><a href="/v/2">Island shops count the cost</a></li></ul></div></div>
            <p>The first sailing left at 6.15am with about 40 passengers, the operator said.</p>
            <div class="gallery-embed"><h3>Gallery: The first sailing in pictures</h3>
            <figure><img src="/g/1.jpg"><figcaption>1 / 4 Passengers board at dawn</figcaption></figure></div>
            <p>Union officials said the deal runs for three years.</p>
            </article></body></html>
            """;
        var article = Cleaner.Clean(html);
        var body = string.Join("\n", Texts(article));
        Assert.Equal(3, Texts(article, ParagraphKind.Body).Length);
        Assert.DoesNotContain("browser does not support", body);
        Assert.DoesNotContain("Gallery:", body);
        Assert.DoesNotContain("Up Next", body);
    }

    [Fact]
    public void Metadata_comes_from_meta_tags_when_the_page_has_no_visible_byline()
    {
        string html = """
            <!doctype html><html><head>
            <meta property="og:title" content="Tram Line Opens on Time">
            <meta name="author" content="Idris Bell">
            <meta property="og:site_name" content="Metro Post">
            <meta property="article:published_time" content="2024-09-01T08:00:00Z">
            </head><body><main>
            <p>The city's first tram line opened on Sunday, on time and on budget, carrying 18,000 riders on its first day.</p>
            <h2>Key Points</h2>
            <ul><li>Ridership: 18,000 people rode on day one.</li><li>Cost: The line cost $310 million.</li></ul>
            </main></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Tram Line Opens on Time", article.Title);
        Assert.Equal(new Byline("Idris Bell", "Metro Post", null, "2024-09-01T08:00:00Z"), article.Byline);
        Assert.Equal("Key Points", article.ExistingQuickLooksHeading);
        Assert.Equal(["Ridership", "Cost"], article.ExistingQuickLooks.Select(q => q.Label));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Div_based_page_without_article_markup()
    {
        string html = """
            <html><head><title>Zoo welcomes twin red pandas - Northgate News</title></head><body>
            <div id="top-bar"><a href="/">Northgate News</a><ul id="menu"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></div>
            <div class="container"><div class="col-main">
              <h1 class="headline">Zoo welcomes twin red pandas</h1>
              <div class="meta">By <span class="author-name">Priya Nair</span> · <span class="date">Updated 14 May 2024</span></div>
              <div class="content">
               <div class="text">Two red panda cubs were born at the Northgate Zoo last month, the first births of the species there in a decade, keepers said.</div>
               <div class="promo-box"><a href="/newsletter">Get our free daily newsletter and never miss a story from Northgate</a></div>
               <div class="text">The cubs will stay in their nest box with their mother, Mei, until late summer.</div>
               <div class="social-share"><a>Facebook</a><a>Twitter</a></div>
              </div></div>
             <div class="col-side"><h3>Most read</h3><ol><li><a href="/x">Council tax rise approved by narrow vote after long debate</a></li></ol></div>
            </div>
            <div class="site-foot">© Northgate News 2024</div>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Zoo welcomes twin red pandas", article.Title);
        Assert.Equal("Priya Nair", article.Byline.Author);
        Assert.Equal("14 May 2024", article.Byline.Date);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Two red panda cubs", Texts(article)[0]);
        Assert.StartsWith("The cubs will stay", Texts(article)[1]);
    }

    [Fact]
    public void A_summary_aside_is_kept_and_caption_boxes_registration_walls_donation_boxes_notes_and_citations_are_not_story()
    {
        string html = """
            <html><head><title>Valley schools skipped radon tests - Ridge Report</title></head><body>
            <article>
              <h1>Valley schools skipped radon tests for years</h1>
              <div class="byline">By Omar Lindqvist</div>
              <aside class="story-summary" aria-label="Summary"><h2>The story in 30 seconds</h2><ul>
                <li>Eleven schools in the valley filed no radon tests between 2018 and 2023.</li>
                <li>The state never asked for the missing results.</li>
              </ul></aside>
              <div class="lead-media"><img src="/a.jpg"><div class="img-caption">A classroom at Pine Valley Elementary, one of the schools that filed no tests.</div></div>
              <div class="story-body">
                <p>Eleven public schools in the valley filed no radon tests for at least five years, according to state records reviewed by the Ridge Report.</p>
                <p>Radon, a colourless gas that seeps from rock, is the second leading cause of lung cancer, and schools in the valley sit on granite.</p>
                <div class="donate-inline"><h3>Our reporting is free because readers like you chip in.</h3><p>Please consider a gift of any size.</p></div>
                <div class="regwall"><div class="regwall-title">You have reached the end of the free preview</div></div>
                <p>The state education department said it would write to every school district in the valley before the end of the month.</p>
              </div>
              <section class="footnotes"><h2>Notes</h2><ol><li>Records were obtained through public records requests.</li></ol></section>
              <div class="report-cite"><div>Cite this article</div><div>Lindqvist, O. (2024). Valley schools skipped radon tests. Ridge Report.</div></div>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Valley schools skipped radon tests for years", article.Title);
        Assert.Equal(2, article.ExistingQuickLooks.Count);
        Assert.Contains("A classroom at Pine Valley Elementary, one of the schools that filed no tests.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(3, body.Length);
        Assert.StartsWith("Eleven public schools", body[0]);
        Assert.StartsWith("The state education department", body[^1]);
    }

    [Fact]
    public void Buttons_inside_a_line_of_text_are_dropped_but_a_drop_cap_stays()
    {
        string html = """
            <html><body><article>
              <h1>Ferry fares to rise in July</h1>
              <div class="story-meta"><span class="byline">By <a href="/staff/ines">Ines Carvalho</a></span>
                <time datetime="2025-06-02">June 2, 2025</time> <button class="listen">Listen to this article · 4 min</button></div>
              <p class="has-dropcap"><span class="dropcap" aria-hidden="true">F</span>erry riders will pay about ten percent more from July, the regional transit board decided on Tuesday night.</p>
              <p>Board members said fuel and crew wages had risen faster than expected over the past two years.</p>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Ines Carvalho", article.Byline.Author);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("Ferry riders will pay", body[0]);
        Assert.DoesNotContain(article.Text, "Listen to this article", StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlights_box_whose_heading_has_a_header_class_is_the_articles_summary_and_a_video_box_is_not_story()
    {
        string html = """
            <html><body><article>
              <h1>Ice storm cuts power to thousands in the valley</h1>
              <div class="el__storyhighlights"><h3 class="el__storyhighlights__header">Story highlights</h3><ul>
                <li>About 40,000 customers lost power overnight</li><li>Crews expect most lights back by Thursday</li></ul></div>
              <div data-component="video-block" class="ssrcss-video"><p>Watch: Ice coats the valley</p><p>Available to UK users only. Duration 3:48</p></div>
              <p>About 40,000 homes and businesses in the valley lost power overnight as freezing rain brought down lines, the utility said.</p>
              <p>Crews from three neighbouring states were on their way, and most customers should have power back by Thursday.</p>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal(2, article.ExistingQuickLooks.Count);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("About 40,000 homes", body[0]);
    }

    [Fact]
    public void A_key_points_box_found_by_its_heading_and_a_comment_count_above_the_story_do_not_end_it()
    {
        string html = """
            <html><body><article>
              <h1>Mountain railway to reopen after forty years</h1>
              <div class="meta"><span class="byline">By Anna Keller</span> <a href="#comments">comments (48)</a></div>
              <div class="key-points" role="complementary"><h2 class="key-points__title">Key points</h2><ul>
                <li>Passenger trains return to the 23-kilometre line in December</li><li>The line closed in 1984 after a landslide</li></ul></div>
              <p>Passenger trains will run again on the Valdorf mountain line from December, forty years after a landslide closed it.</p>
              <p>The regional government said rebuilding the line and its two bridges had cost about 180 million francs.</p>
              <p>Hourly services are planned, with extra trains at weekends during the ski season.</p>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal(2, article.ExistingQuickLooks.Count);
        Assert.Equal(3, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_summary_box_under_the_headline_is_the_standfirst_and_site_builder_boxes_are_read_by_what_they_hold()
    {
        string html = """
            <html><body><div class="page">
              <h1 class="hdl">Library to open on Sundays from June</h1>
              <div class="article__summary">The Elm Street branch will open from noon to 5 p.m. for a six-month trial.</div>
              <div><span data-hook="user-name" class="x7Qa user-name">Marta Lindholm</span></div>
              <div class="photowrap"><img src="branch.jpg" alt=""><div class="photocaption">Readers queue outside the Elm Street branch on Saturday.</div>
                <div class="photocredit">Tom Vance, Staff Photographer</div></div>
              <p>The library board voted 5-1 on Monday to open the Elm Street branch on Sundays, starting in June.</p>
              <div style="border:1px solid #ddd"><div>Advertisement</div><div>Corner Bakery</div><div>Fresh rye every morning. 12 Elm St.</div></div>
              <p>The board will review attendance after six months before deciding whether to keep the hours.</p>
            </div></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("The Elm Street branch will open from noon to 5 p.m. for a six-month trial.", article.Standfirst);
        Assert.Equal("Marta Lindholm", article.Byline.Author);
        Assert.Contains("Readers queue outside the Elm Street branch on Saturday.", article.Captions);
        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.StartsWith("The library board voted", body[0]);
        Assert.DoesNotContain("Fresh rye", article.Text);
    }

    [Fact]
    public void A_key_points_box_in_the_article_header_is_reported()
    {
        string html = """
            <html><body><article>
              <header class="article-header">
                <div class="kicker">Consumer affairs</div>
                <h1>Grocer fined $2 million over fake discounts</h1>
                <div data-testid="key-points"><h2>Key points</h2><ul>
                  <li>The court found shelf prices were raised before being cut back</li>
                  <li>The chain says it has changed how it sets prices</li></ul></div>
                <div class="byline">By Tahlia Moore</div>
              </header>
              <p>A supermarket chain has been ordered to pay $2 million after a court found it misled shoppers with discount tickets.</p>
              <p>The regulator said hundreds of products had been marked up for a few weeks before the so-called discounts began.</p>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal(2, article.ExistingQuickLooks.Count);
        Assert.Equal(2, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_pull_quote_and_a_reactions_widget_are_not_story()
    {
        string html = """
            <html><body><article>
              <h1>Valley wrens are losing their song</h1>
              <p>Researchers have recorded the wrens of the Vashen Valley every spring for four decades, and their song is changing.</p>
              <blockquote class="pullquote"><p>A dialect can collapse within a single human generation.</p></blockquote>
              <p>Fewer than a third of the males recorded last year still sang the valley's old trill, the team reported.</p>
              <div class="post-reactions"><div>What do you think of the findings?</div><span>Love it (120)</span></div>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        var body = Texts(article, ParagraphKind.Body);
        Assert.Equal(2, body.Length);
        Assert.DoesNotContain("dialect can collapse", article.Text);
        Assert.DoesNotContain("What do you think", article.Text);
    }

    [Fact]
    public void Malformed_html_still_yields_its_text()
    {
        string html = "<html><body><article><p>The bridge reopened on Monday after three weeks of repairs, the county said.<p>Traffic was light<div><b>unclosed";

        var article = Cleaner.Clean(html);

        Assert.Contains("The bridge reopened on Monday after three weeks of repairs, the county said.", article.Text);
        WellFormed(article);
    }

    [Theory]
    [InlineData("<p>The ferry ran aground.</p><p>No one was hurt.</p>", ArticleFormat.Html)]
    [InlineData("<!DOCTYPE html><title>x</title>", ArticleFormat.Html)]
    [InlineData("Shares rose 3% when x < y and y > z, traders said.", ArticleFormat.Text)]
    [InlineData("The ferry ran aground on Sunday.", ArticleFormat.Text)]
    public void Auto_detects_markup(string input, ArticleFormat expected)
    {
        var auto = Cleaner.Clean(input);
        var forced = Cleaner.Clean(input, expected);

        Assert.Equal(forced.Text, auto.Text);
        if (expected == ArticleFormat.Text) Assert.Equal(input, auto.Text);
        else Assert.DoesNotContain("<", auto.Text);
    }

    [Fact]
    public void A_newsletter_posts_footnotes_a_profile_cards_date_and_a_guest_book_are_not_story()
    {
        string html = """
            <html><head><title>The ferry fare nobody voted on - by Odile Brennan</title>
            <meta property="article:published_time" content="2025-03-04T09:15:00+00:00"></head>
            <body>
              <div class="post-header">
                <h1 class="post-title">The ferry fare nobody voted on</h1>
                <div class="post-byline"><a href="/@obrennan">Odile Brennan</a> <div class="meta">Mar 4, 2025</div></div>
              </div>
              <div class="body markup">
                <p>The harbor board raised the ferry fare by a dollar last month without a public vote, minutes show.<a class="footnote-anchor" href="#footnote-1">1</a></p>
                <p>Board members said the increase covered fuel costs that had doubled since the last change in 2019.</p>
                <p>Commuters said they learned of the change from a sign taped to the ticket window.</p>
                <div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a>
                  <div class="footnote-content"><p>The minutes of the February meeting were posted online two weeks after it.</p></div></div>
              </div>
              <section class="guestbook"><h2>Guest Book</h2>
                <div class="guestbook-entry"><p>My father ran that ferry for thirty years and would have hated this fare rise.</p>
                <p class="entry-sig">&mdash; Tilda Marsh, Quay Street &middot; Mar 5, 2025</p></div></section>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Odile Brennan", article.Byline.Author);
        Assert.Equal("Mar 4, 2025", article.Byline.Date);
        Assert.Equal(
            ["The harbor board raised the ferry fare by a dollar last month without a public vote, minutes show.",
             "Board members said the increase covered fuel costs that had doubled since the last change in 2019.",
             "Commuters said they learned of the change from a sign taped to the ticket window."],
            Texts(article));
        WellFormed(article);
    }

    [Fact]
    public void The_date_the_header_shows_wins_over_the_metadatas()
    {
        string html = """
            <html><head><title>Metro trial runs to begin in July | City Daily</title>
            <meta property="article:published_time" content="2025-03-04T14:35:00+05:30"></head>
            <body>
              <div class="article-wrap">
                <h1>Metro trial runs to begin in July, says the corporation's chief</h1>
                <div class="article-meta"><span class="written-by">Written By: <a href="/author/ira-sen">Ira Sen</a></span>
                  <div class="date-info"><span class="publish-date">Published: March 4, 2025, 14:35 IST</span></div></div>
                <div class="story-body">
                  <p>Trial runs on the second phase of the city's metro will begin in July, the metro corporation's chief said on Tuesday.</p>
                  <p>The 11-km corridor is expected to open to passengers early next year, he said, after safety checks.</p>
                  <p>Work on the line was delayed by two years by land disputes near the old bus stand.</p>
                </div>
              </div>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Ira Sen", article.Byline.Author);
        Assert.Equal("March 4, 2025, 14:35 IST", article.Byline.Date);
        Assert.Equal(3, Texts(article).Length);
    }

    [Fact]
    public void An_accordions_question_heads_its_answer()
    {
        string html = """
            <html><body><article>
              <h1>What the new rental rules mean for tenants</h1>
              <p>The city's new rental rules take effect on July 1, changing what landlords may ask of new tenants.</p>
              <h2>Frequently asked questions</h2>
              <details class="faq-item"><summary class="faq-question">Can my landlord still ask for last month&rsquo;s rent on top of a deposit?</summary>
                <div class="faq-answer"><p>No. Under the new rules a deposit may not exceed one month's rent, whatever the length of the lease.</p></div></details>
              <details class="faq-item"><summary class="faq-question">Do the rules cover rooms in a shared house?</summary>
                <div class="faq-answer"><p>Yes, if the room is let under a written agreement of six months or more, the city's housing office said.</p></div></details>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal(
            ["Frequently asked questions", "Can my landlord still ask for last month\u2019s rent on top of a deposit?", "Do the rules cover rooms in a shared house?"],
            Texts(article, ParagraphKind.Heading));
        Assert.Equal(3, Texts(article, ParagraphKind.Body).Length);
    }

    [Fact]
    public void A_byline_box_its_date_nearest_the_headline_and_the_story_behind_a_meter()
    {
        string html = """
            <html><head><title>Reservoir repairs push up water bills | Kell Courier</title>
            <meta property="article:published_time" content="2026-03-03T17:45:00+00:00"></head>
            <body>
              <div class="top-strip"><span class="top-strip__date">Thursday, March 05, 2026</span> <a href="/e-paper">E-Paper</a></div>
              <article>
                <header>
                  <h1>Reservoir repairs push up water bills by 14%</h1>
                  <div class="article__byline">
                    <span class="article__author">By <a href="/authors/ira-sen">Ira Sen</a></span>
                    <span class="article__author-role">Local Democracy Reporter</span>
                    <span class="article__date">3 March 2026</span>
                  </div>
                </header>
                <p>Water bills in Kell will rise by 14% from April to pay for repairs to the Hanley dam, the water company said on Tuesday.</p>
                <p>The repairs have run almost 40 million pounds over budget, according to documents seen by the Courier this week.</p>
                <div class="paywall-content" aria-hidden="true" style="display:none">
                  <p>The company said the overrun was driven mainly by the cost of steel and by a wet winter that halted work for weeks.</p>
                  <p>Customers struggling to pay can apply for a social tariff, which caps bills at a share of household income.</p>
                  <p>A public meeting on the increase will be held at the Guildhall on 19 March, the council said on Tuesday.</p>
                </div>
                <p class="editor-note"><em>This interview has been edited for length and clarity.</em></p>
                <div class="paywall-overlay"><p>Subscribe to continue reading</p><a href="/subscribe">Subscribe now</a></div>
              </article>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("Ira Sen", article.Byline.Author);
        Assert.Equal("3 March 2026", article.Byline.Date);
        var body = Texts(article);
        Assert.Equal(5, body.Length);
        Assert.StartsWith("A public meeting on the increase", body[^1]);
    }

    [Fact]
    public void The_shown_date_nearest_the_headline_wins_over_the_sites_date_strip()
    {
        string html = """
            <html><head><meta property="article:published_time" content="2026-03-04T22:47:00+05:00"></head>
            <body>
              <div class="top-strip"><span class="top-strip__date">Thursday, March 05, 2026</span></div>
              <div class="story">
                <h1 class="story__title">Traders agree to move the vegetable market by June</h1>
                <div class="story__meta"><span class="story__author"><a href="/author/faraz-q">Faraz Qadir</a></span>
                  <span class="story__time">Published on 04 Mar 2026, 22:47 PKT</span></div>
                <div class="story__body">
                  <p>Traders at the old vegetable market have agreed to move to a new site by June, ending a two-year standoff with the city.</p>
                  <p>Commission agents will keep their old rent for three years under the deal, officials said on Wednesday.</p>
                </div>
              </div>
            </body></html>
            """;

        var article = Cleaner.Clean(html);

        Assert.Equal("04 Mar 2026, 22:47 PKT", article.Byline.Date);
        Assert.Equal(2, Texts(article).Length);
    }

    [Fact]
    public void An_interviewers_bold_questions_are_the_story_and_subheadings_stay_headings()
    {
        string html = """
            <html><body><article>
              <h1>Five minutes with the woman who lends out drills</h1>
              <p>Marta Kowal opened the Eastgate tool library in a disused bike shed three years ago. It now lends 600 items.</p>
              <p><strong>How did the library start?</strong></p>
              <p>With my own toolbox, honestly. Neighbours kept knocking to borrow a ladder, so I wrote a list and pinned it up.</p>
              <p><b>Do things come back broken?</b></p>
              <p>Less often than you would think. People are careful with something their neighbours will use next week.</p>
              <h2>A second shed</h2>
              <p>The council has offered a second shed near the station, and volunteers will run it from the spring onwards.</p>
              <p><strong>What&rsquo;s next?</strong></p>
              <p>A sewing machine corner, if we can find the tables. Donations are already arriving from across the borough.</p>
            </article></body></html>
            """;

        var article = Cleaner.Clean(html);

        var body = Texts(article, ParagraphKind.Body);
        Assert.Contains("How did the library start?", body);
        Assert.Contains("Do things come back broken?", body);
        Assert.Contains("What\u2019s next?", body);
        Assert.Equal(["A second shed"], Texts(article, ParagraphKind.Heading));
    }
}
