using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static NewsDocument Analyze(string text)
    {
        var document = Pipeline.Segment(text);
        return document with { Entities = EntityRecognizer.Default.Recognize(document) };
    }

    private static Entity Find(NewsDocument document, string text) =>
        document.Entities.SingleOrDefault(e => e.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no entity '{text}' in: {string.Join("; ", document.Entities.Select(e => $"{e.Text}/{e.Type}/{e.MentionCount}"))}");

    private static string[] MentionTexts(NewsDocument document, Entity entity) =>
        [.. entity.Mentions.Select(m => document.Text[m.Start..m.End])];

    [Fact]
    public void A_gazetteer_type_does_not_overrule_a_place_written_after_in_or_a_person_by_given_name()
    {
        // The gazetteer knows "Ferguson" only as a person (a football manager) and "Kim Jong Un" only as an
        // organisation (a noisy corpus); the article says otherwise.
        var doc = Analyze(
            "Hundreds of people marched in Ferguson on Saturday, a year after the shooting that divided the city.\n\n" +
            "Shops in Ferguson stayed closed, and the Ferguson police said the night passed without arrests.\n\n" +
            "In Seoul, officials said North Korean leader Kim Jong Un had ordered new missile tests. " +
            "Kim Jong Un watched the launch from a boat, state media reported.\n");
        Assert.NotEqual(EntityType.Person, Find(doc, "Ferguson").Type);
        Assert.Equal(EntityType.Person, Find(doc, "Kim Jong Un").Type);
    }

    [Fact]
    public void A_name_opened_by_a_given_name_is_a_person_the_surname_joins_but_not_a_park_named_after_one()
    {
        // The model never saw "Trump" in its labelled data and types the name a place or an organisation.
        var doc = Analyze(
            "Mexico sends troops to border after call with Trump\n\n" +
            "MEXICO CITY (AP) — Mexican President Claudia Sheinbaum said Tuesday she would send 10,000 troops to the northern border " +
            "after a phone call with Donald Trump.\n\n" +
            "Thousands gathered at Albert Park on Sunday for the city's annual food festival.\n");
        var trump = Find(doc, "Donald Trump");
        Assert.Equal(EntityType.Person, trump.Type);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Trump");
        Assert.NotEqual(EntityType.Person, Find(doc, "Albert Park").Type);
    }

    [Fact]
    public void A_name_with_a_generational_suffix_is_a_person_its_surname_links_to()
    {
        var doc = Analyze(
            "The boxer Darnell Okafor Jr. said on Friday that he would fight again in May. Okafor, 38, lost his title last year.\n\n" +
            "Tourists crowded Marigold Beach and Crescent Beach as the storm moved away.\n");
        var okafor = Find(doc, "Darnell Okafor Jr.");
        Assert.Equal(EntityType.Person, okafor.Type);
        Assert.Equal(["Darnell Okafor Jr.", "Okafor"], MentionTexts(doc, okafor));
        Assert.Equal(EntityType.Location, Find(doc, "Marigold Beach").Type);
    }

    [Fact]
    public void Faiths_their_followers_and_named_wars_are_misc()
    {
        var doc = Analyze(
            "Muslims in the city gathered on Friday as Sunni and Shia leaders called for calm and rejected Sharia courts.\n\n" +
            "The mosque was built by Muslims who fled the region during the Cold War, a spokesman said.\n");
        foreach (var name in new[] { "Muslims", "Sunni", "Shia", "Sharia", "Cold War" })
            Assert.Equal(EntityType.Misc, Find(doc, name).Type);
        // A body named after a war is no event.
        Assert.False(MentionTypeRules.IsFaithOrEvent("Institute for the Study of War"));
        Assert.True(MentionTypeRules.IsFaithOrEvent("Vietnam War"));
        // A faith and its people, every word of it; not a person or a place that opens with such a word.
        Assert.True(MentionTypeRules.IsFaithOrEvent("Sunni Muslims"));
        Assert.True(MentionTypeRules.IsFaithOrEvent("Shiite Arabs"));
        Assert.False(MentionTypeRules.IsFaithOrEvent("Christian Laettner"));
        Assert.False(MentionTypeRules.IsFaithOrEvent("Hindu Kush"));
        // Awards by their last word, whatever the tagger made of a name like "Tony".
        Assert.True(MentionTypeRules.IsFaithOrEvent("Tony Award"));
        Assert.True(MentionTypeRules.IsFaithOrEvent("Ridgeway Journalism Prize"));
        Assert.False(MentionTypeRules.IsFaithOrEvent("Foundation for the Ridgeway Prize"));
    }

    [Fact]
    public void A_branch_of_Islam_before_a_name_is_its_own_word_and_the_name_keeps_its_type()
    {
        var doc = Analyze(
            "Gulf officials accused Shiite Iran of arming the rebels who seized Sunni Yemen's capital last year.\n\n" +
            "Sunni Muslims and Shiite Arabs marched together in Baghdad on Friday, organisers said.\n");
        Assert.Equal(EntityType.Misc, Find(doc, "Shiite").Type);
        Assert.Equal(EntityType.Location, Find(doc, "Iran").Type);
        Assert.Equal(EntityType.Location, Find(doc, "Yemen").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Shiite Iran" or "Sunni Yemen");
        // A faith's people stay whole.
        Assert.Equal(EntityType.Misc, Find(doc, "Sunni Muslims").Type);
        Assert.Equal(EntityType.Misc, Find(doc, "Shiite Arabs").Type);
    }

    [Fact]
    public void A_hyphenated_korean_given_name_before_its_surname_stays_whole()
    {
        var doc = Analyze(
            "Ji-woo Park, the company's chief technology officer, said the chip would ship in March.\n\n" +
            "Park said the design uses half the power of its rival, and Moon Jae-in praised the team.\n");
        var park = Find(doc, "Ji-woo Park");
        Assert.Equal(EntityType.Person, park.Type);
        Assert.Equal(["Ji-woo Park", "Park"], MentionTexts(doc, park));
        Assert.Equal(EntityType.Person, Find(doc, "Moon Jae-in").Type);
        // (A hyphenated compound before a capitalised word is no given name: "Shia-led Baghdad".)
        Assert.DoesNotContain(Analyze("The Shia-led Baghdad government rejected the plan on Monday.\n").Entities, e => e.Text.Contains("Shia-led"));
    }

    [Fact]
    public void A_court_is_an_organisation_and_a_club_links_to_its_name_without_FC()
    {
        var doc = Analyze(
            "The case was heard in Marlow County Superior Court on Monday, and the judge adjourned it until March.\n\n" +
            "Declan Moss scored twice for Harbor City FC on Saturday. Harbor City won 3-1 and climbed to third in the league.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Marlow County Superior Court").Type);
        Assert.True(MentionTypeRules.IsCourtOfLaw("U.S. District Court"));
        Assert.False(MentionTypeRules.IsCourtOfLaw("Margaret Court"));
        Assert.False(MentionTypeRules.IsCourtOfLaw("Hampton Court"));
        var club = Find(doc, "Harbor City FC");
        Assert.Equal(["Harbor City FC", "Harbor City"], MentionTexts(doc, club));
    }

    [Fact]
    public void A_place_goes_by_its_name_without_its_kind_and_a_miner_is_a_company()
    {
        var doc = Analyze(
            "Redgum Minerals said on Monday it would close its lithium mine in the Atacama Desert after a dispute over water rights.\n\n" +
            "The company has operated in the Atacama since 2011. Redgum said the mine employed 600 people.\n\n" +
            "Divers searched the Savannah River for the wreck. The crew had walked to Savannah, where the ship's bell is kept.\n\n" +
            "Kessler Chemicals said it would appeal the ruling.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Kessler Chemicals").Type);
        var miner = Find(doc, "Redgum Minerals");
        Assert.Equal(EntityType.Organization, miner.Type);
        Assert.Equal(["Redgum Minerals", "Redgum"], MentionTexts(doc, miner));
        Assert.Equal(["Atacama Desert", "Atacama"], MentionTexts(doc, Find(doc, "Atacama Desert")));
        // A short form without "the" is the city, not the river.
        Assert.Equal(["Savannah River"], MentionTexts(doc, Find(doc, "Savannah River")));
    }

    [Fact]
    public void A_body_named_for_its_field_keeps_the_whole_name()
    {
        var doc = Analyze(
            "Analysts at the Harbor Institute for Near East Policy said on Tuesday that talks would resume.\n\n" +
            "The Northern Council for Science warned of a drought, which the University of Lakeshore for years had played down.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Harbor Institute for Near East Policy").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Near East");
        Assert.Equal(EntityType.Organization, Find(doc, "Northern Council for Science").Type);
        // A lower-case word after "for" is no part of the name.
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("for years"));
    }

    [Fact]
    public void A_figure_hyphenated_to_a_capitalised_word_is_a_code_not_a_number()
    {
        var doc = Analyze("Pilots flew F-16 jets while hospitals treated 300 COVID-19 patients and the Prism-2 chip sold 40,000 units in mid-2020.\n");
        Assert.DoesNotContain(doc.Entities, e => e.Text is "16" or "19" or "2");
        Assert.Contains(doc.Entities, e => e.Text == "300" && e.Type == EntityType.Cardinal);
        Assert.Contains(doc.Entities, e => e.Text == "40,000" && e.Type == EntityType.Cardinal);
    }

    [Fact]
    public void Hashtags_handles_and_dashes_are_no_part_of_a_name()
    {
        var doc = Analyze(
            "Le Clos was crowned FINA World Swimmer of the Year -- an award he treasures, his coach said on Monday.\n\n" +
            "Supporters posted #PrayForTunisia and #JeSuisBardo, and tagged @CNNPhotos and @AlanPGross Twitter in their pictures.\n");
        Assert.Equal(EntityType.Misc, Find(doc, "FINA World Swimmer of the Year").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Type <= EntityType.Misc && (e.Text.Contains('#') || e.Text.Contains('@') || e.Text.EndsWith('-')));
    }

    [Fact]
    public void A_persons_name_cut_short_at_a_middle_initial_or_before_Jr_is_completed()
    {
        var doc = Analyze("Sen. Harold P. Whitfield Jr. of Arizona said on Monday that the water bill was overdue.\n\n"
            + "\"Our farmers have waited long enough,\" Whitfield told reporters after the vote.\n");
        var whitfield = Find(doc, "Harold P. Whitfield Jr.");
        Assert.Equal(EntityType.Person, whitfield.Type);
        Assert.Equal(["Harold P. Whitfield Jr.", "Whitfield"], MentionTexts(doc, whitfield));
    }

    [Fact]
    public void Islamic_State_is_an_organisation_not_a_place()
    {
        var doc = Analyze(
            "Fighters loyal to Islamic State seized the river town on Sunday, Kurdish officials said.\n\n" +
            "The Islamic State group has held parts of the province since 2014, and Washington State sent aid to its refugees.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Islamic State").Type);
        Assert.Equal(2, Find(doc, "Islamic State").Mentions.Count);
    }

    [Fact]
    public void Common_acronyms_name_no_one_and_an_award_is_misc()
    {
        var doc = Analyze(
            "Police said DNA tests and GPS records linked the suspect to the robbery at the Harlow Street bank.\n\n" +
            "The bank's CEO, Dana Whitlock, said the actress who won an Oscar in 2019 was among the customers.\n");
        Assert.DoesNotContain(doc.Entities, e => e.Text is "DNA" or "GPS" or "CEO");
        Assert.Equal(EntityType.Misc, Find(doc, "Oscar").Type);
        Assert.Equal(EntityType.Person, Find(doc, "Dana Whitlock").Type);
    }

    [Fact]
    public void A_name_followed_by_its_state_is_a_place()
    {
        // The gazetteer knows "Ferguson" only as a person; "Ferguson, Missouri," names a town. A degree is no state.
        var doc = Analyze(
            "Hundreds of people marched through Ferguson, Missouri, on Saturday to mark the anniversary.\n\n" +
            "\"The city has changed,\" said Dana Whitlock, M.D., who runs a clinic near the police station.\n");
        Assert.Equal(EntityType.Location, Find(doc, "Ferguson").Type);
        Assert.Equal(EntityType.Person, Find(doc, "Dana Whitlock").Type);
        // A person named by given name keeps her type before her country: a list of finalists, not a town.
        var finalists = Analyze("The finalists were Emma Raducanu, Britain, and Leylah Fernandez, Canada, the organisers said.\n");
        Assert.Equal(EntityType.Person, Find(finalists, "Emma Raducanu").Type);
    }

    [Fact]
    public void A_name_with_militants_is_a_group_not_a_person()
    {
        var doc = Analyze(
            "Jama Tukur militants attacked two villages near the border on Sunday, officials said.\n\n" +
            "The army said it had pushed Jama Tukur fighters back into the forest, and its commander, Musa Danjuma, promised more patrols.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Jama Tukur").Type);
        Assert.Equal(EntityType.Person, Find(doc, "Musa Danjuma").Type);
    }

    [Fact]
    public void A_name_that_ends_a_sentence_keeps_its_abbreviation_period()
    {
        // The sentence takes the last period of "U.S." and "p.m." (as UD does); the entities' names keep it.
        var doc = Analyze("The ferry line will expand to the U.S. Hundreds of jobs are expected.\n\nThe first boat leaves at 6 p.m. Tickets sold out.\n");
        Assert.Equal(4, doc.Sentences.Count);
        Assert.Contains(doc.Entities, e => e.Text == "U.S." && e.Type == EntityType.Location);
        Assert.Contains(doc.Entities, e => e.Text == "6 p.m." && e.Type == EntityType.Time);
    }

    [Fact]
    public void Full_name_surname_and_possessive_are_one_person_without_the_clitic()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        var sheinbaum = Find(doc, "Claudia Sheinbaum");
        Assert.Equal(EntityType.Person, sheinbaum.Type);
        Assert.Equal(["Claudia Sheinbaum", "Sheinbaum", "Sheinbaum"], MentionTexts(doc, sheinbaum));
    }

    [Fact]
    public void Hyphenated_names_are_tagged_whole_but_pairs_of_places_and_party_labels_stay_apart()
    {
        var doc = Analyze("Marta Ruiz-Caballero, the mayor of Puerto Alvera, said on Monday that the port would reopen. "
            + "Ruiz-Caballero spoke after talks on the U.S.-Mexico border with Senator Dana Kell (D-New York) and "
            + "executives of Brandt-Lowell Shipping.");
        var mayor = Find(doc, "Marta Ruiz-Caballero");
        Assert.Equal(EntityType.Person, mayor.Type);
        Assert.Equal(["Marta Ruiz-Caballero", "Ruiz-Caballero"], MentionTexts(doc, mayor));
        Assert.Equal(EntityType.Organization, Find(doc, "Brandt-Lowell Shipping").Type);
        // Each side of a border pair is a place of its own; a party letter is no part of the state.
        Assert.Equal(EntityType.Location, Find(doc, "Mexico").Type);
        Assert.Equal(EntityType.Location, Find(doc, "New York").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("U.S.-", StringComparison.Ordinal) || e.Text.StartsWith("D-", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_are_dropped_and_possessives_linked()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        var trump = Find(doc, "Donald Trump");
        Assert.Equal(EntityType.Person, trump.Type);
        Assert.Equal(["Donald Trump", "Trump", "Trump"], MentionTexts(doc, trump));
        Assert.DoesNotContain(doc.Entities, e => e.Text.StartsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shorter_tail_of_a_full_name_is_linked_to_it()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        var amlo = Find(doc, "Andrés Manuel López Obrador");
        Assert.Equal(EntityType.Person, amlo.Type);
        Assert.Equal(2, amlo.MentionCount);
        Assert.Equal("López Obrador", MentionTexts(doc, amlo)[1]);
    }

    [Fact]
    public void Accents_are_ignored_for_linking_and_kept_in_the_canonical_form()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        var juarez = Find(doc, "Ciudad Juárez");
        Assert.Equal(EntityType.Location, juarez.Type);
        Assert.Equal(3, juarez.MentionCount);
        Assert.Contains("Ciudad Juarez", MentionTexts(doc, juarez));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Ciudad Juarez");
    }

    [Fact]
    public void Acronym_is_linked_to_the_full_name()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        var us = Find(doc, "United States");
        Assert.Equal(EntityType.Location, us.Type);
        Assert.Equal(["United States", "U.S."], MentionTexts(doc, us));
    }

    [Fact]
    public void Places_organisations_and_numbers_are_typed()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        Assert.Equal(EntityType.Location, Find(doc, "Tijuana").Type);
        Assert.Equal(2, Find(doc, "Tijuana").MentionCount);
        Assert.Equal(EntityType.Location, Find(doc, "Mexico").Type);
        Assert.Equal(EntityType.Organization, Find(doc, "National Guard").Type);
        foreach (var number in new[] { "10,000", "1,650", "1,949" })
            Assert.Equal(EntityType.Cardinal, Find(doc, number).Type);
        Assert.Equal(EntityType.Percent, Find(doc, "25%").Type);
        Assert.Equal(EntityType.Date, Find(doc, "Feb. 4, 2025").Type);
        Assert.Equal(EntityType.Date, Find(doc, "Tuesday").Type);
        Assert.Equal(EntityType.Date, Find(doc, "last year").Type);
        Assert.Equal(EntityType.Quantity, Find(doc, "50 miles").Type);
    }

    [Fact]
    public void Entities_are_sorted_by_salience_with_spans_in_the_text()
    {
        var doc = Analyze(TestArticles.BorderTalks);
        Assert.NotEmpty(doc.Entities);
        for (int i = 1; i < doc.Entities.Count; i++) Assert.True(doc.Entities[i - 1].Salience >= doc.Entities[i].Salience);
        foreach (var e in doc.Entities)
        {
            Assert.InRange(e.Salience, 0, 1);
            foreach (var m in e.Mentions) Assert.InRange(m.Start, 0, m.End - 1);
            Assert.True(e.Mentions.Zip(e.Mentions.Skip(1)).All(p => p.First.Start < p.Second.Start));
        }
        // The central people outrank the numbers.
        Assert.True(Find(doc, "Claudia Sheinbaum").Salience > Find(doc, "1,949").Salience);
    }

    [Fact]
    public void Analyze_fills_the_document_entities()
    {
        var doc = Pipeline.Analyze(TestArticles.BorderTalks, ArticleFormat.Raw);
        Assert.Contains(doc.Entities, e => e.Text == "Claudia Sheinbaum" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Headline_case_and_capitals_still_find_names()
    {
        var upper = Analyze("CLINTON SENDS TROOPS AFTER TALKS WITH MEXICO IN WASHINGTON .");
        Assert.Contains(upper.Entities, e => e.Text == "CLINTON" && e.Type == EntityType.Person);
        Assert.Contains(upper.Entities, e => e.Text == "MEXICO" && e.Type == EntityType.Location);
        Assert.Contains(upper.Entities, e => e.Text == "WASHINGTON" && e.Type == EntityType.Location);
        // Lower-case text is the hardest case (no capitals at all): places and some names still come through.
        var lower = Analyze("officials in mexico said donald trump spoke with claudia sheinbaum on monday .");
        Assert.Contains(lower.Entities, e => e.Text == "mexico" && e.Type == EntityType.Location);
        Assert.Contains(lower.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("... --- !!! ??? *** /// ((( ))) \u2014 \u2026")]
    public void Text_without_words_gives_no_entities(string text)
    {
        var doc = Analyze(text);
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void A_photo_credit_is_not_an_entity_of_the_article()
    {
        const string article = "Floodwaters Close Main Bridge in Riverton\n\n"
            + "Riverton closed its main bridge on Monday after the Kessel River rose four feet overnight, officials said.\n\n"
            + "Mayor Dana Whitfield said crews from the state transportation department would inspect the bridge once the water fell.\n\n"
            + "Detours Add Hours for Truckers\n\n"
            + "Truck drivers said the detour through Millbrook added two hours to each trip, and several freight companies warned of delays.\n\n"
            + "Whitfield said the bridge could reopen by Friday if inspectors found no damage.\n\n"
            + "Water covers the approach to the main bridge in Riverton on Monday. (AP Photo/Jonas Fairleigh)";
        var doc = NewsPipeline.CreateDefault().Analyze(article);
        Assert.Single(doc.Captions);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Fairleigh"));
        Assert.Equal(2, Assert.Single(doc.Entities, e => e.Text == "Dana Whitfield").MentionCount);
        // The caption's "Riverton" is a mention of the body's.
        var riverton = Assert.Single(doc.Entities, e => e.Text == "Riverton");
        Assert.Contains(riverton.Mentions, m => m.Start > doc.Text.IndexOf("Water covers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_storm_is_an_event_with_all_its_mentions()
    {
        const string text = "Hurricane Marisol made landfall near Port Ellery early on Tuesday, flooding hundreds of homes.\n\n"
            + "Forecasters said Marisol would weaken over land but could still drop a foot of rain on the coast.\n\n"
            + "Residents who stayed said Marisol was the strongest storm they had seen in decades.";
        var entities = EntityRecognizer.Default.Recognize(NewsPipeline.CreateDefault().Segment(text));
        var storm = Assert.Single(entities, e => e.Text == "Hurricane Marisol");
        Assert.Equal(EntityType.Misc, storm.Type);
        Assert.Equal(3, storm.MentionCount);
        Assert.All(storm.Mentions, m => Assert.Equal(EntityType.Misc, m.Type));
    }

    [Fact]
    public void Korean_given_names_with_a_hyphen_are_kept_whole_and_their_surnames_linked()
    {
        var doc = Analyze("Trade Minister Park Ji-hoon met Lee Dong-min, the chief executive of Daeyang Steel, in Busan on Tuesday. "
            + "Park said the two sides had agreed on quotas, and Lee called the talks useful. The plant dates from the World War II-era boom.");
        var park = Find(doc, "Park Ji-hoon");
        Assert.Equal(EntityType.Person, park.Type);
        Assert.Equal(["Park Ji-hoon", "Park"], MentionTexts(doc, park));
        Assert.Equal(["Lee Dong-min", "Lee"], MentionTexts(doc, Find(doc, "Lee Dong-min")));
        // A Roman numeral is no given name: "II-era" stays apart.
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("II-era", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ending_in_bank_securities_or_a_clubs_word_is_an_organisation_but_the_West_Bank_a_place()
    {
        var doc = Analyze("Lending at Vossberg Bank fell by a third, according to analysts at Kirimaa Securities in Helsinki. "
            + "Separately, a charity said settlers in the West Bank had blocked a road.\n\n"
            + "In football, Harwick Rovers beat Dunmore Athletic 2-1 on Saturday. Rovers now lead the table.\n\n"
            + "Shares of Tellwood Cloud and Orrin Systems rose after the merger was announced.");
        foreach (string name in new[] { "Vossberg Bank", "Kirimaa Securities", "Harwick Rovers", "Dunmore Athletic", "Tellwood Cloud", "Orrin Systems" })
            Assert.Equal(EntityType.Organization, Find(doc, name).Type);
        Assert.Equal(EntityType.Location, Find(doc, "West Bank").Type);
        Assert.Equal(["Harwick Rovers", "Rovers"], MentionTexts(doc, Find(doc, "Harwick Rovers")));
    }

    [Fact]
    public void An_acronym_defined_in_brackets_is_a_mention_wherever_the_article_writes_it()
    {
        var doc = Analyze("The trial was paid for by the Northern Fisheries Research Council (NFRC), which has funded 40 studies since 2019. "
            + "An NFRC spokesperson said results would be published in June.");
        var council = Find(doc, "Northern Fisheries Research Council");
        Assert.Equal(EntityType.Organization, council.Type);
        Assert.Equal(["Northern Fisheries Research Council", "NFRC", "NFRC"], MentionTexts(doc, council));
    }

    [Fact]
    public void Council_police_and_clergy_titles_are_dropped_and_a_company_keeps_its_legal_form()
    {
        var doc = Analyze("Councillor Priya Raman chaired the meeting, and Rabbi Miriam Stone opened it with a prayer. "
            + "Cllr Raman said the council would borrow from Ellery Holdings plc, and Rabbi Stone called for calm.");
        Assert.Equal(["Priya Raman", "Raman"], MentionTexts(doc, Find(doc, "Priya Raman")));
        Assert.Equal(["Miriam Stone", "Stone"], MentionTexts(doc, Find(doc, "Miriam Stone")));
        Assert.Equal(EntityType.Organization, Find(doc, "Ellery Holdings plc").Type);
    }

    [Fact]
    public void Companies_younger_than_the_training_corpora_are_organisations()
    {
        var doc = Analyze("The series will stream on Netflix from March, and clips will be posted on Instagram and Spotify.");
        foreach (string name in new[] { "Netflix", "Instagram", "Spotify" })
            Assert.Equal(EntityType.Organization, Find(doc, name).Type);
    }

    [Fact]
    public void Dar_es_Salaam_is_one_place()
    {
        var doc = Analyze("The ferry left Dar es Salaam on Friday with 400 passengers bound for Zanzibar.");
        Assert.Equal(EntityType.Location, Find(doc, "Dar es Salaam").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Dar" or "Salaam");
    }

    [Fact]
    public void A_name_ending_in_county_or_college_is_a_place_or_an_organisation()
    {
        // The tagger may read "Harris County" as a person's name or a club (CoNLL's football clubs), "Menlo College"
        // as a place; the head noun says otherwise.
        const string text = "Officials in Harris County said 300,000 homes lost power after the storm.\n\n"
            + "Students at Menlo College were sent home, and Tony Hall, the dean, said classes would resume on Monday.";
        var entities = EntityRecognizer.Default.Recognize(NewsPipeline.CreateDefault().Segment(text));
        Assert.Contains(entities, e => e.Text == "Harris County" && e.Type == EntityType.Location);
        Assert.All(entities.Where(e => e.Text.EndsWith("College")), e => Assert.Equal(EntityType.Organization, e.Type));
        Assert.Contains(entities, e => e.Text == "Tony Hall" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_nationality_led_name_of_a_standing_body_is_an_organisation()
    {
        // "Republican" and "Olympic" lead the tagger to MISC; the head "Committee" or "Foundation" names a body.
        const string text = "The Republican National Committee said on Monday it would hold its convention in Valmont.\n\n"
            + "The Palestine Olympic Committee asked for the vote to be delayed, and the Clinton Foundation gave $2 million.\n\n"
            + "Officials of the Republican National Committee met Palestine Olympic Committee staff at the Clinton Foundation.";
        var entities = EntityRecognizer.Default.Recognize(NewsPipeline.CreateDefault().Segment(text));
        foreach (string name in (string[])["Republican National Committee", "Palestine Olympic Committee", "Clinton Foundation"])
            Assert.All(entities.Where(e => e.Text == name), e => Assert.Equal(EntityType.Organization, e.Type));
        Assert.Contains(entities, e => e.Text == "Republican National Committee");
    }

    [Fact]
    public void A_name_introduced_by_a_noun_of_organisations_is_an_organisation()
    {
        // The tagger reads these unknown names as people; "the militant group" and "budget airline" say what they are.
        // After a determiner the noun starts a relative clause ("the charity Marisa Bello founded"), which says nothing.
        const string text = "Soldiers retook the market town of Kolofata on Sunday from the militant group Harakat Sabil, which had held it since March.\n\n"
            + "The budget airline Flyglobe cancelled 40 flights to the region, and Harakat Sabil said in a video that it would fight on.\n\n"
            + "Amina Bello, who runs the charity Marisa Bello founded in 2009, said the group Bello leads had fed 3,000 families this year.";
        var entities = EntityRecognizer.Default.Recognize(NewsPipeline.CreateDefault().Segment(text));
        var group = Assert.Single(entities, e => e.Text == "Harakat Sabil");
        Assert.Equal(EntityType.Organization, group.Type);
        Assert.Equal(2, group.MentionCount);
        Assert.Contains(entities, e => e.Text == "Flyglobe" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Text == "Marisa Bello" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Text == "Amina Bello" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Sentence_connectives_are_no_names()
    {
        const string text = "Harbor officials said on Tuesday that the container terminal would stay closed through the weekend.\n\n"
            + "Additionally, the regional transport agency warned that rail freight would be delayed by up to three days.\n\n"
            + "Furthermore, dockworkers said they had not been paid for overtime since March.\n\n"
            + "Meanwhile, Mayor Anita Brooks asked both sides to return to talks.";
        var entities = EntityRecognizer.Default.Recognize(NewsPipeline.CreateDefault().Segment(text));
        Assert.DoesNotContain(entities, e => e.Text is "Additionally" or "Furthermore" or "Meanwhile");
        Assert.Contains(entities, e => e.Text == "Anita Brooks" && e.Type == EntityType.Person);
    }

    [Fact]
    public void The_first_of_two_surnames_names_the_person_and_a_given_name_keeps_its_owner()
    {
        var doc = Analyze(
            "The accord was signed in Quito by Ecuador's trade minister, Ana Lucía Ferreira Montes, and her Peruvian counterpart, "
            + "Tomás Quispe Huanca, after three days of talks.\n\n"
            + "\"This opens the road again,\" Ferreira told reporters. Quispe said the first trucks would cross on Monday.\n\n"
            + "In Seoul, the ministry named Jang Yoon Seok as its envoy and Yoon Myeong as his deputy. Yoon said the talks went well.\n");
        Assert.Equal(["Ana Lucía Ferreira Montes", "Ferreira"], MentionTexts(doc, Find(doc, "Ana Lucía Ferreira Montes")));
        Assert.Equal(["Tomás Quispe Huanca", "Quispe"], MentionTexts(doc, Find(doc, "Tomás Quispe Huanca")));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Ferreira" or "Quispe");
        // "Yoon" opens Yoon Myeong's name: it is not taken for a first surname of Jang Yoon Seok.
        Assert.Equal(["Yoon Myeong", "Yoon"], MentionTexts(doc, Find(doc, "Yoon Myeong")));
    }

    [Fact]
    public void A_name_given_in_an_appositive_links_to_the_organisation()
    {
        var doc = Analyze(
            "Clinics were run with the Andean Water Council, known as Aguasur, which tested wells in four provinces. "
            + "Aguasur plans a larger survey next year.\n\n"
            + "The valley is a stronghold of the People's Defence Front, a rebel group known by its Spanish initials, FDP, which "
            + "taxes the traders who cross it. The army suspended talks with the FDP in May.\n");
        Assert.Equal(["Andean Water Council", "Aguasur", "Aguasur"], MentionTexts(doc, Find(doc, "Andean Water Council")));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Aguasur" or "FDP");
    }

    [Fact]
    public void A_hyphenated_acronym_or_a_short_name_in_brackets_stands_for_the_organisation()
    {
        var doc = Analyze(
            "The speaker resigned from the Indonesian Democratic Party of Struggle (PDI-P) on Tuesday. PDI-P officials said "
            + "they would name a new candidate within weeks.\n\n"
            + "The Northern Paper Makers Association (Norpaper) said the rules would cost jobs, and Norpaper's chairman asked for "
            + "a delay.\n");
        Assert.Contains("PDI-P", MentionTexts(doc, Find(doc, "Indonesian Democratic Party of Struggle")));
        Assert.Contains("Norpaper", MentionTexts(doc, Find(doc, "Northern Paper Makers Association")));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "PDI-P" or "Norpaper");
    }

    [Fact]
    public void Foreign_and_university_names_take_the_type_their_nouns_give()
    {
        var doc = Analyze(
            "Researchers at the Lindholm Institutet in Stockholm and at Marlow State University in Ohio published the study.\n\n"
            + "The boat reached Pulau Serindit after nine days. A second team from the Universidad de Talca joined them.\n");
        Assert.Equal(EntityType.Organization, Find(doc, "Lindholm Institutet").Type);
        Assert.Equal(EntityType.Organization, Find(doc, "Marlow State University").Type);
        Assert.Equal(EntityType.Location, Find(doc, "Pulau Serindit").Type);
        Assert.Equal(EntityType.Organization, Find(doc, "Universidad de Talca").Type);
    }

    [Fact]
    public void Diseases_and_common_nouns_opening_sentences_are_no_names_but_renamed_countries_link()
    {
        var doc = Analyze(
            "Health officials in Brazil reported a sharp rise in cases of dengue and Chagas disease this year.\n\n"
            + "Dengue spreads fastest after heavy rain, said Dr. Helena Costa of the health ministry.\n\n"
            + "Iraq asked Turkey for help in June. The government, which renamed the country Türkiye in 2022, said the flow from "
            + "its dams would stay steady.\n");
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Chagas" or "Dengue");
        Assert.Equal(EntityType.Person, Find(doc, "Helena Costa").Type);
        var turkey = doc.Entities.Single(e => e.Text is "Türkiye" or "Turkey");
        Assert.Equal(["Turkey", "Türkiye"], MentionTexts(doc, turkey));
    }

    [Fact]
    public void A_firm_named_after_partners_is_called_by_the_first_and_a_birthplace_is_a_place()
    {
        var doc = Analyze(
            "Engines made by Pratt & Whitney were grounded on Monday. Pratt said it would replace the parts by June.\n\n"
            + "The striker, who was born in Bradford, joined the club in 2019 and scored twice on Saturday.\n");
        Assert.Equal(["Pratt & Whitney", "Pratt"], MentionTexts(doc, Find(doc, "Pratt & Whitney")));
        Assert.Equal(EntityType.Location, Find(doc, "Bradford").Type);
    }

    [Fact]
    public void Digits_only_text_has_no_named_entities()
    {
        var doc = Analyze("12 345 6789 0 3.14 2 4 8 16");
        Assert.DoesNotContain(doc.Entities, e => e.Type <= EntityType.Misc);
    }

    [Fact]
    public void A_one_megabyte_sentence_does_not_throw()
    {
        var text = string.Concat(Enumerable.Repeat("Reuters reported that Ana Lopez met officials in Lima and ", 18_000));
        Assert.True(text.Length > 1_000_000);
        var doc = Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "Lima" && e.Type == EntityType.Location && e.MentionCount > 1000);
        var noSpaces = new string('x', 1_000_000);
        Assert.DoesNotContain(Analyze(noSpaces).Entities, e => e.Type > EntityType.Misc);
    }

    [Fact]
    public void Results_are_identical_across_threads()
    {
        var reference = Describe(Analyze(TestArticles.BorderTalks));
        var results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = Describe(Analyze(i % 2 == 0 ? TestArticles.BorderTalks : "Some other text about Paris and Berlin.\n\n" + TestArticles.BorderTalks)));
        for (int i = 0; i < results.Length; i += 2) Assert.Equal(reference, results[i]);
    }

    private static string Describe(NewsDocument doc) =>
        string.Join("\n", doc.Entities.Select(e => $"{e.Text}|{e.Type}|{e.Salience}|{string.Join(",", e.Mentions.Select(m => $"{m.Start}-{m.End}"))}"));
}
