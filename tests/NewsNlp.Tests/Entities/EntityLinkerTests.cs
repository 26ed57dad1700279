using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class EntityLinkerTests
{
    private static EntityMention M(string text, string mention, EntityType type, int from = 0)
    {
        int start = text.IndexOf(mention, from, StringComparison.Ordinal);
        Assert.True(start >= 0, mention);
        return new EntityMention(start, start + mention.Length, type);
    }

    [Fact]
    public void A_name_only_a_heading_or_caption_has_is_not_reported_but_their_mentions_of_body_names_are()
    {
        const string text = "Mayor Dana Whitfield closed the bridge.\n\nDetours Add Hours\n\nWhitfield said it could reopen.\n\n"
            + "Dana Whitfield inspects the bridge. (AP Photo/Jonas Fairleigh)";
        int heading = text.IndexOf("Detours", StringComparison.Ordinal), caption = text.IndexOf("Dana Whitfield inspects", StringComparison.Ordinal);
        var entities = EntityLinker.Link(text,
            [M(text, "Dana Whitfield", EntityType.Person), M(text, "Detours Add", EntityType.Person), M(text, "Whitfield", EntityType.Person, 50),
             M(text, "Dana Whitfield", EntityType.Person, caption), M(text, "Jonas Fairleigh", EntityType.Person)],
            title: null, leadEnd: 40, bodyEnd: text.Length, notAlone: [(heading, heading + 17), (caption, text.Length)]);
        var whitfield = Assert.Single(entities);
        Assert.Equal("Dana Whitfield", whitfield.Text);
        Assert.Equal(3, whitfield.MentionCount);
        Assert.Equal(caption, whitfield.Mentions[^1].Start);
    }

    [Fact]
    public void A_company_is_named_by_the_start_of_its_name_and_a_body_by_its_last_word_after_the()
    {
        const string text = "Halvorsen Foods plc agreed to buy the dairy. Halvorsen said the deal would close in June. "
            + "The European Commission must approve it, and the Commission has 25 days. "
            + "The Ferguson Police Department said Ferguson had no objection.";
        var entities = EntityLinker.Link(text,
            [M(text, "Halvorsen Foods plc", EntityType.Organization), M(text, "Halvorsen", EntityType.Person, 20),
             M(text, "European Commission", EntityType.Organization), M(text, "Commission", EntityType.Organization, text.IndexOf("the Commission", StringComparison.Ordinal)),
             M(text, "Ferguson Police Department", EntityType.Organization), M(text, "Ferguson", EntityType.Organization, text.IndexOf("said Ferguson", StringComparison.Ordinal))],
            title: null, leadEnd: 40);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Halvorsen Foods plc").MentionCount);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "European Commission").MentionCount);
        // A name that starts with a place's is no company's: "Ferguson" stays apart.
        Assert.Equal(1, Assert.Single(entities, e => e.Text == "Ferguson Police Department").MentionCount);
        Assert.Single(entities, e => e.Text == "Ferguson");
    }

    [Fact]
    public void A_two_word_company_name_links_its_first_word()
    {
        const string text = "Quorvex Inc. will buy the chip unit. Quorvex said the deal closes in May.";
        var entities = EntityLinker.Link(text,
            [M(text, "Quorvex Inc.", EntityType.Organization), M(text, "Quorvex", EntityType.Organization, 30)],
            title: null, leadEnd: 40);
        Assert.Equal(2, Assert.Single(entities).MentionCount);
    }

    [Fact]
    public void A_company_by_the_start_of_its_name_a_club_by_its_second_word_but_not_a_town_by_City()
    {
        const string text = "Kestrel Energy Solutions will build the plant. Kestrel said it would hire 300 people. "
            + "Harwick Rovers won again, and Rovers are top. The Ferguson City Council met; Ferguson has 21,000 people.";
        var entities = EntityLinker.Link(text,
            [M(text, "Kestrel Energy Solutions", EntityType.Organization), M(text, "Kestrel", EntityType.Organization, 40),
             M(text, "Harwick Rovers", EntityType.Organization), M(text, "Rovers", EntityType.Organization, text.IndexOf("and Rovers", StringComparison.Ordinal)),
             M(text, "Ferguson City", EntityType.Organization), M(text, "Ferguson", EntityType.Organization, text.IndexOf("; Ferguson", StringComparison.Ordinal))],
            title: null, leadEnd: 40);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Kestrel Energy Solutions").MentionCount);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Harwick Rovers").MentionCount);
        Assert.Equal(1, Assert.Single(entities, e => e.Text == "Ferguson City").MentionCount);
    }

    [Fact]
    public void A_surname_the_tagger_called_a_place_links_to_the_person_unless_a_place_has_that_name()
    {
        const string text = "Daniel Okafor won the seat. Okafor thanked voters. George Kendal visited Washington, and Washington said no.";
        var mentions = new List<EntityMention>
        {
            M(text, "Daniel Okafor", EntityType.Person), M(text, "Okafor", EntityType.Location, 20),
            M(text, "George Kendal", EntityType.Person), M(text, "Washington", EntityType.Location),
        };
        var entities = EntityLinker.Link(text, mentions, title: null, leadEnd: 40, bodyEnd: text.Length, knownPlace: name => name == "washington");
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Daniel Okafor").MentionCount);
        Assert.Single(entities, e => e.Text == "Washington");
        // Without a gazetteer, a place stays a place.
        Assert.Contains(EntityLinker.Link(text, mentions, title: null, leadEnd: 40, bodyEnd: text.Length), e => e.Text == "Okafor");
    }

    [Fact]
    public void An_acronym_defined_in_brackets_after_an_organisation_links_to_it_whatever_its_letters()
    {
        const string text = "The Tenants' Front (FDI) called a strike. FDI leaders met on Monday. "
            + "Fighters of al Qaeda in the Arabian Gulf (AQAG) were blamed, and AQAG denied it.";
        var entities = EntityLinker.Link(text,
            [M(text, "Tenants' Front", EntityType.Organization), M(text, "FDI", EntityType.Organization), M(text, "FDI", EntityType.Organization, 30),
             M(text, "Arabian Gulf", EntityType.Organization), M(text, "AQAG", EntityType.Organization), M(text, "AQAG", EntityType.Organization, text.IndexOf("and AQAG", StringComparison.Ordinal))],
            title: null, leadEnd: 40);
        Assert.Equal(3, Assert.Single(entities, e => e.Text == "Tenants' Front").MentionCount);
        // After "in the", the tagger may have cut the name short: the acronym stays apart.
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "AQAG").MentionCount);
    }

    [Fact]
    public void An_organisation_is_named_by_its_last_words_but_a_court_stays_apart()
    {
        const string text = "The Bill & Melinda Gates Foundation paid for the trial. The Gates Foundation said results were due in May. "
            + "The Alabama Supreme Court ruled first; the Supreme Court in Washington has yet to.";
        var entities = EntityLinker.Link(text,
            [M(text, "Bill & Melinda Gates Foundation", EntityType.Organization), M(text, "Gates Foundation", EntityType.Organization, 60),
             M(text, "Alabama Supreme Court", EntityType.Organization), M(text, "Supreme Court", EntityType.Organization, text.IndexOf("the Supreme", StringComparison.Ordinal))],
            title: null, leadEnd: 40);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Bill & Melinda Gates Foundation").MentionCount);
        Assert.Single(entities, e => e.Text == "Supreme Court");
    }

    [Fact]
    public void A_company_by_its_trade_and_a_body_by_its_initials_without_its_place()
    {
        const string text = "Northlight Pictures bought the film. Northlight said it would open in May. "
            + "The U.S. Environmental Protection Agency objected, and the EPA asked for a review.";
        var entities = EntityLinker.Link(text,
            [M(text, "Northlight Pictures", EntityType.Organization), M(text, "Northlight", EntityType.Organization, 37),
             M(text, "U.S. Environmental Protection Agency", EntityType.Organization), M(text, "EPA", EntityType.Organization)],
            title: null, leadEnd: 40);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "Northlight Pictures").MentionCount);
        Assert.Equal(2, Assert.Single(entities, e => e.Text == "U.S. Environmental Protection Agency").MentionCount);
    }

    [Fact]
    public void Acronyms_link_to_the_full_name_when_both_occur()
    {
        const string text = "The United Nations met. The UN said the UN would act. NATO disagreed.";
        var entities = EntityLinker.Link(text,
            [M(text, "United Nations", EntityType.Organization), M(text, "UN", EntityType.Organization), M(text, "UN", EntityType.Organization, 30), M(text, "NATO", EntityType.Organization)],
            title: null, leadEnd: 20);
        var un = Assert.Single(entities, e => e.Text == "United Nations");
        Assert.Equal(3, un.MentionCount);
        Assert.Single(entities, e => e.Text == "NATO");
        Assert.Equal("United Nations", entities[0].Text);
    }

    [Fact]
    public void Titles_and_possessives_are_trimmed_and_the_accented_form_wins()
    {
        const string text = "President Donald Trump met Claudia Sheinbaum. Trump’s aides and Claudia Sheinbaum’s team met Claudia Sheinbaum.";
        var entities = EntityLinker.Link(text,
            [M(text, "President Donald Trump", EntityType.Person), M(text, "Claudia Sheinbaum", EntityType.Person),
             M(text, "Trump’s", EntityType.Person), M(text, "Claudia Sheinbaum’s", EntityType.Person), M(text, "Claudia Sheinbaum", EntityType.Person, 90)],
            title: "Sheinbaum meets Trump", leadEnd: 45);
        var trump = Assert.Single(entities, e => e.Text == "Donald Trump");
        Assert.Equal(2, trump.MentionCount);
        Assert.Equal("Donald Trump", text[trump.Mentions[0].Start..trump.Mentions[0].End]);
        Assert.Equal("Trump", text[trump.Mentions[1].Start..trump.Mentions[1].End]);
        var sheinbaum = Assert.Single(entities, e => e.Text == "Claudia Sheinbaum");
        Assert.Equal(3, sheinbaum.MentionCount);
        Assert.Equal("Claudia Sheinbaum", entities[0].Text);   // more mentions, also in title and lead
    }

    [Fact]
    public void Accent_and_case_variants_are_one_entity_named_in_the_accented_form()
    {
        const string text = "Ciudad Juarez is hot. CIUDAD JUÁREZ is big. Ciudad Juárez is old.";
        var entities = EntityLinker.Link(text,
            [M(text, "Ciudad Juarez", EntityType.Location), M(text, "CIUDAD JUÁREZ", EntityType.Location), M(text, "Ciudad Juárez", EntityType.Location)],
            title: null, leadEnd: 10);
        var e = Assert.Single(entities);
        Assert.Equal("Ciudad Juárez", e.Text);
        Assert.Equal(3, e.MentionCount);
    }

    [Fact]
    public void Different_people_with_other_surnames_stay_apart_and_order_is_deterministic()
    {
        const string text = "Ana Reyes met Luis Reyes. Reyes spoke. Ana Reyes left. Maria Soto stayed.";
        var mentions = new[]
        {
            M(text, "Ana Reyes", EntityType.Person), M(text, "Luis Reyes", EntityType.Person), M(text, "Reyes", EntityType.Person, 26),
            M(text, "Ana Reyes", EntityType.Person, 39), M(text, "Maria Soto", EntityType.Person),
        };
        var first = EntityLinker.Link(text, mentions, null, 25);
        var second = EntityLinker.Link(text, [.. mentions.Reverse()], null, 25);
        Assert.Equal(first.Select(e => e.Text), second.Select(e => e.Text));
        // The ambiguous surname goes to the Reyes mentioned most.
        Assert.Equal(3, Assert.Single(first, e => e.Text == "Ana Reyes").MentionCount);
        Assert.Equal(1, Assert.Single(first, e => e.Text == "Luis Reyes").MentionCount);
        Assert.Single(first, e => e.Text == "Maria Soto");
    }

    [Fact]
    public void A_given_name_links_to_the_one_person_it_begins_and_no_other()
    {
        // "Nadia" begins one name: she is Nadia Okafor. "Tom" begins two (Tom Reyes, Tom Ward): it stays apart. "Reyes"
        // is a surname, never taken for a given name.
        const string text = "Nadia Okafor and Tom Reyes met Tom Ward. Nadia spoke first. Tom left. Okafor stayed.";
        var entities = EntityLinker.Link(text,
            [M(text, "Nadia Okafor", EntityType.Person), M(text, "Tom Reyes", EntityType.Person), M(text, "Tom Ward", EntityType.Person),
             M(text, "Nadia", EntityType.Person, 20), M(text, "Tom", EntityType.Person, 50), M(text, "Okafor", EntityType.Person, 60)],
            title: null, leadEnd: 40);
        Assert.Equal(3, Assert.Single(entities, e => e.Text == "Nadia Okafor").MentionCount);
        Assert.Single(entities, e => e.Text == "Tom");
        Assert.Equal(1, Assert.Single(entities, e => e.Text == "Tom Reyes").MentionCount);
    }

    [Fact]
    public void No_mentions_no_entities() => Assert.Empty(EntityLinker.Link("", [], null, 0));
}
