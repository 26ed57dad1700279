namespace NewsNlp.Tests.Entities;

/// <summary>
/// The headline, standfirst and dateline are header paragraphs after the story: their mentions of the story's
/// entities are found by matching (headline case and capitals mislead the tagger), with offsets into the input.
/// </summary>
public class HeaderMentionsTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private const string Story =
        "Sheinbaum sends troops to Ciudad Juarez after call with Trump\n\n" +
        "MEXICO CITY (AP) — Mexican President Claudia Sheinbaum said on Tuesday that 10,000 National Guard troops would go to " +
        "the northern border, most of them to Ciudad Juárez and Tijuana, after a phone call with Donald Trump.\n\n" +
        "Sheinbaum told reporters in the capital that the deployment would begin within days and last as long as needed.\n\n" +
        "Officials in Tijuana said they had not been told how many of the troops would reach the city.\n";

    private static Entity Find(NewsDocument document, string text) =>
        document.Entities.SingleOrDefault(e => e.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no entity '{text}' in: {string.Join("; ", document.Entities.Select(e => $"{e.Text}/{e.Type}/{e.MentionCount}"))}");

    private static Paragraph[] Headers(NewsDocument document) => [.. document.Paragraphs.Where(p => p.Kind == ParagraphKind.Header)];

    // The input's characters a mention was made from.
    private static string InputOf(NewsDocument document, EntityMention m)
    {
        var (start, end) = document.Map.ToInput(m.Start, m.End);
        return document.Input[start..end];
    }

    private static bool InHeader(NewsDocument document, EntityMention m) => Headers(document).Any(p => m.Start >= p.Start && m.End <= p.End);

    [Fact]
    public void Headline_and_dateline_follow_the_story_as_header_paragraphs_that_are_never_sentences()
    {
        var doc = Pipeline.Analyze(Story);
        Assert.Equal("Sheinbaum sends troops to Ciudad Juarez after call with Trump", doc.Title);
        Assert.Equal(["Sheinbaum sends troops to Ciudad Juarez after call with Trump", "MEXICO CITY"],
            Headers(doc).Select(doc.TextOf));
        // After every story paragraph, and no sentence reaches into them.
        int storyEnd = doc.Paragraphs.Where(p => p.Kind != ParagraphKind.Header).Max(p => p.End);
        Assert.All(Headers(doc), p => Assert.True(p.Start > storyEnd));
        Assert.All(doc.Sentences, s => Assert.True(s.End <= storyEnd));
        Assert.DoesNotContain(Pipeline.Summarize(Story).Summary, s => s.StartsWith("Sheinbaum sends troops", StringComparison.Ordinal));
    }

    [Fact]
    public void The_headline_mentions_the_story_names_whatever_their_case_and_accents_and_the_offsets_point_into_the_input()
    {
        var doc = Pipeline.Analyze(Story);
        var sheinbaum = Find(doc, "Claudia Sheinbaum");
        var juarez = Find(doc, "Ciudad Juárez");
        var trump = Find(doc, "Donald Trump");
        Assert.Contains(sheinbaum.Mentions, m => InHeader(doc, m) && doc.Text[m.Start..m.End] == "Sheinbaum");
        Assert.Contains(juarez.Mentions, m => InHeader(doc, m) && doc.Text[m.Start..m.End] == "Ciudad Juarez");
        Assert.Contains(trump.Mentions, m => InHeader(doc, m) && doc.Text[m.Start..m.End] == "Trump");
        // Each mention maps back to the very characters of the input, the headline's at its top.
        foreach (var entity in doc.Entities)
            foreach (var m in entity.Mentions)
            {
                Assert.Equal(doc.Text[m.Start..m.End], InputOf(doc, m));
            }
        Assert.Equal((0, 9), doc.Map.ToInput(sheinbaum.Mentions[^1].Start, sheinbaum.Mentions[^1].End));
        // Header mentions come last: the list stays in document order. The JSON spans are in input order, the headline first.
        Assert.All(doc.Entities, e => Assert.Equal(e.Mentions.OrderBy(m => m.Start), e.Mentions));
        Assert.Equal([0, 9], NewsNlp.Serialization.EntityJson.From(sheinbaum, doc.Map).Spans[0]);
    }

    [Fact]
    public void A_name_only_the_header_has_is_not_reported_and_the_summary_is_the_same_as_without_the_header()
    {
        var doc = Pipeline.Analyze(Story);
        // "MEXICO CITY" is in the dateline only: a dateline names where the story was filed, so it is a place all the same,
        // written in title case. It is the only name the header alone has.
        var mexicoCity = Assert.Single(doc.Entities, e => e.Mentions.All(m => InHeader(doc, m)));
        Assert.Equal(("Mexico City", EntityType.Location), (mexicoCity.Text, mexicoCity.Type));
        Assert.Equal("MEXICO CITY", InputOf(doc, mexicoCity.Mentions[0]));
        Assert.True(mexicoCity.Salience < Find(doc, "Tijuana").Salience);
        // The story's sentences, term weights and entity salience do not see the header lines: the same document
        // without them (as a cleaner that found no headline in the input would give) is summarised alike.
        var story = doc.Paragraphs.Where(p => p.Kind != ParagraphKind.Header).ToArray();
        int storyEnd = story[^1].End;
        var bare = doc with
        {
            Text = doc.Text[..storyEnd],
            Paragraphs = story,
            Tokens = [.. doc.Tokens.Where(t => t.End <= storyEnd)],
        };
        bare = bare with { Entities = NewsNlp.Entities.EntityRecognizer.Default.Recognize(bare) };
        Assert.NotEqual(doc.Tokens.Count, bare.Tokens.Count);
        var a = Pipeline.Summarize(doc);
        var b = Pipeline.Summarize(bare);
        Assert.Equal(a.Summary, b.Summary);
        Assert.Equal(a.QuickLooks, b.QuickLooks);
        Assert.Equal(a.Keyphrases, b.Keyphrases);
        Assert.Equal(a.Entities.Where(e => e.Text != "Mexico City").Select(e => (e.Text, e.Salience)), b.Entities.Select(e => (e.Text, e.Salience)));
        // Only the counts differ: the headline's "Sheinbaum" and "Trump" (and the dateline's place is new).
        Assert.Equal(Find(bare, "Claudia Sheinbaum").MentionCount + 1, Find(doc, "Claudia Sheinbaum").MentionCount);
    }

    [Fact]
    public void In_a_sentence_case_headline_a_name_that_is_part_of_a_longer_one_is_left_alone()
    {
        const string text =
            "New York Times reporter detained in Cairo\n\n" +
            "Egyptian police detained an American journalist in Cairo on Sunday, his newspaper said. The reporter, who lives in " +
            "New York, had been in Egypt for a week to write about the economy.\n\n" +
            "Officials in Cairo did not say why he was held.\n";
        var doc = Pipeline.Analyze(text);
        Assert.Contains(Find(doc, "Cairo").Mentions, m => InHeader(doc, m));
        Assert.DoesNotContain(Find(doc, "New York").Mentions, m => InHeader(doc, m));
    }

    [Fact]
    public void An_html_headline_maps_to_where_the_page_has_it()
    {
        const string html =
            "<html><head><title>Tijuana braces for troops</title></head><body><article><h1>Tijuana braces for troops</h1>" +
            "<p>Officials in Tijuana said on Tuesday that the first National Guard troops would arrive in the city within days.</p>" +
            "<p>The mayor of Tijuana said the city would welcome them and asked residents to stay calm.</p></article></body></html>";
        var doc = Pipeline.Analyze(html);
        var tijuana = Find(doc, "Tijuana");
        var header = Assert.Single(tijuana.Mentions, m => InHeader(doc, m));
        Assert.Equal("Tijuana", InputOf(doc, header));
    }

    [Fact]
    public void An_html_headline_written_with_character_references_maps_to_the_markup_it_was_decoded_from()
    {
        const string html =
            "<html><body><article><h1>Sheinbaum&rsquo;s troops reach Ciudad Ju&aacute;rez</h1>" +
            "<p>Mexican President Claudia Sheinbaum said on Tuesday that the first National Guard troops had reached Ciudad Juárez.</p>" +
            "<p>Sheinbaum said more would follow within the week, and officials in the city welcomed them.</p></article></body></html>";
        var doc = Pipeline.Analyze(html);
        Assert.Equal("Sheinbaum\u2019s troops reach Ciudad Ju\u00e1rez", doc.Title);
        var juarez = Find(doc, "Ciudad Juárez");
        var header = Assert.Single(juarez.Mentions, m => InHeader(doc, m));
        Assert.Equal("Ciudad Ju&aacute;rez", InputOf(doc, header));
        var sheinbaum = Assert.Single(Find(doc, "Claudia Sheinbaum").Mentions, m => InHeader(doc, m));
        Assert.Equal("Sheinbaum", InputOf(doc, sheinbaum));
    }

    [Fact]
    public void A_name_only_the_headline_has_is_not_reported_but_a_place_only_the_dateline_has_is()
    {
        const string text =
            "Valdoria storm leaves thousands without power\n\n" +
            "MELBOURNE, Australia (AP) — A storm tore through the city's eastern suburbs overnight, cutting power to about " +
            "40,000 homes, the state's energy minister, Priya Raman, said on Wednesday.\n\n" +
            "Raman said crews would restore most supplies by Friday.\n";
        var doc = Pipeline.Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Valdoria", StringComparison.Ordinal));
        foreach (var (name, written) in new[] { ("Melbourne", "MELBOURNE"), ("Australia", "Australia") })
        {
            var place = Find(doc, name);
            Assert.Equal(EntityType.Location, place.Type);
            Assert.Equal(written, InputOf(doc, place.Mentions[0]));
        }
        Assert.Equal(EntityType.Person, Find(doc, "Priya Raman").Type);
    }
}
