using System.Net;
using System.Text;
using NewsNlp.Tests.Entities;

namespace NewsNlp.Tests.Cleaning;

/// <summary>
/// The cleaned text drops page chrome, headlines and bylines and decodes HTML, yet every token and mention
/// must lead back to the characters of the input it came from (<see cref="NewsDocument.Map"/>).
/// </summary>
public class InputOffsetTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // Chrome, headline, byline and a photo credit before the story, which cleaning removes, so cleaned and input offsets differ.
    private const string PlainPage =
        "Home | World | Business | Opinion\n\n" +
        "Mexico Sends Troops North After Call With Trump\n\n" +
        "By Ana Ruiz and Tom Berger | Border Desk\n\n" +
        TestArticles.BorderTalks +
        "\nPhoto: Soldiers patrol a road outside Ciudad Juarez. (Reuters)\n";

    private const string HtmlPage =
        "<!DOCTYPE html><html><head><title>Troops Head North | The Ledger</title></head><body>\n" +
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n" +
        "<article><h1>Troops Head North</h1>\n" +
        "<p class=\"byline\">By Ana Ruiz</p>\n" +
        "<p>Mexican President <b>Claudia  Sheinbaum</b> said on Tuesday that 10,000 members of the\n" +
        "   National Guard would go to Ciudad Ju&aacute;rez&nbsp;and Tijuana.<!-- ad slot --> The first units\n" +
        "arrived on Feb. 4, officials told AT&amp;T reporters &#8220;within hours&#8221;.</p>\n" +
        "<p>Sheinbaum&rsquo;s government asked the <a href=\"/us\">United States</a> to act against gun trafficking, " +
        "and President Donald Trump agreed to pause tariffs.</p>\n" +
        "<figure><img src=\"/img/patrol.jpg\" alt=\"\"><figcaption>Soldiers patrol outside Ciudad Ju&aacute;rez &amp; Tijuana. <i>Photo: Reuters</i></figcaption></figure>\n" +
        "</article></body></html>";

    [Fact]
    public void Plain_text_tokens_and_mentions_map_to_the_same_characters_of_the_input()
    {
        var doc = Pipeline.Analyze(PlainPage);
        Assert.NotEqual(doc.Input.IndexOf("Mexican President", StringComparison.Ordinal), doc.Text.IndexOf("Mexican President", StringComparison.Ordinal));
        foreach (var token in doc.Tokens)
        {
            var (start, end) = doc.Map.ToInput(token.Start, token.End);
            Assert.Equal(doc.TextOf(token), doc.Input[start..end]);
        }
        var mentions = doc.Entities.SelectMany(e => e.Mentions).ToList();
        Assert.True(mentions.Count > 20);
        foreach (var m in mentions)
        {
            var (start, end) = doc.Map.ToInput(m.Start, m.End);
            Assert.Equal(doc.Text[m.Start..m.End], doc.Input[start..end]);
        }
        // The unaccented mention in the photo credit, after the body in the cleaned text, maps to the credit.
        var juarez = doc.Entities.Single(e => e.Text == "Ciudad Juárez");
        Assert.Contains(juarez.Mentions, m => doc.Map.ToInput(m.Start, m.End).Start == PlainPage.IndexOf("Ciudad Juarez.", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_tokens_map_to_their_markup_in_the_page()
    {
        var doc = Pipeline.Analyze(HtmlPage);
        Assert.Contains("Ciudad Juárez", doc.Text);
        Assert.Contains(doc.Paragraphs, p => p.Kind == ParagraphKind.Caption && doc.TextOf(p).Contains("Juárez & Tijuana"));
        foreach (var token in doc.Tokens)
        {
            var (start, end) = doc.Map.ToInput(token.Start, token.End);
            Assert.Equal(doc.TextOf(token), Decode(HtmlPage[start..end]));
        }
        string Source(string entity)
        {
            var m = doc.Entities.Single(e => e.Text == entity).Mentions[0];
            var (start, end) = doc.Map.ToInput(m.Start, m.End);
            return HtmlPage[start..end];
        }
        Assert.Equal("Claudia  Sheinbaum", Source("Claudia Sheinbaum"));
        Assert.Equal("Ciudad Ju&aacute;rez", Source("Ciudad Juárez"));
        Assert.Equal("United States", Source("United States"));
        Assert.Equal("Donald Trump", Source("Donald Trump"));
    }

    [Theory]
    [InlineData("<p>a &amp; b</p>", "a & b")]
    [InlineData("<p>x<!-- <b>not</b> -->y z</p>", "xy z")]
    [InlineData("<p>one\n\t two&nbsp; three</p>", "one two three")]
    [InlineData("<p>caf&#233; &#x2014; &bogus; &</p>", "café — &bogus; &")]
    [InlineData("<p>if a < b, <a title=\"x > y\" href='/z'>then</a> Sheinb<span>aum</span></p>", "if a < b, then Sheinbaum")]
    [InlineData("<p>the first line<br>Then Sen. Ruiz spoke</p>", "the first line Then Sen. Ruiz spoke")]
    [InlineData("<p>police officers\u200Bmet in Kansas City</p>", "police officers met in Kansas City")]
    [InlineData("<p>Caf&eacute owners &amp staff met <a title = \"c > d\">Missouri</a> lawmakers</p>", "Café owners & staff met Missouri lawmakers")]
    [InlineData("<p>the tax&notit; was fair in Kansas&nbspCity on Tuesday</p>", "the tax\u00ACit; was fair in Kansas City on Tuesday")]
    public void Aligner_maps_each_character_to_its_source(string html, string text)
    {
        var builder = new OffsetMapBuilder();
        NewsNlp.Cleaning.HtmlOffsetAligner.AddPieces(html, 3, text, 0, text.Length, 0, builder);
        var map = builder.Build(html.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ') continue;
            var (start, end) = map.ToInput(i, i + 1);
            string source = html[start..end];
            // (A legacy reference without its ";", "&eacute", is decoded as if it had one.)
            Assert.Equal(text[i].ToString(), source.Length > 2 && source[0] == '&' && !source.EndsWith(';') ? Decode(source + ";") : Decode(source));
        }
    }

    [Fact]
    public void Random_markup_maps_every_token_inside_the_input()
    {
        // Tag soup: unclosed tags and comments, bare '<' and '&', references good and bad, quotes in attributes.
        string[] pieces = ["<p>", "</p>", "<div>", "<b>", "</b>", "<!--", "-->", "&amp;", "&eacute;", "&#233;", "&#x2014;", "&bogus;",
            "&nbsp;", "<a title=\"x > y\" href='/z'>", "</a>", "<", ">", "&", " ", "  ", "\n", "\t", "Ciudad", "Ju", "rez", "Sheinbaum",
            "said", ".", ",", "\"", "U.S.", "<figure><figcaption>", "</figcaption></figure>", "<script>x<y</script>", "\u200B"];
        var random = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            var sb = new StringBuilder("<html><body><article>");
            int count = random.Next(1, 120);
            for (int k = 0; k < count; k++) sb.Append(pieces[random.Next(pieces.Length)]);
            string html = sb.ToString();
            var doc = Pipeline.Analyze(html);
            foreach (var token in doc.Tokens)
            {
                var (start, end) = doc.Map.ToInput(token.Start, token.End);
                Assert.InRange(start, 0, html.Length);
                Assert.InRange(end, start, html.Length);
            }
        }
    }

    // What a browser shows for a stretch of markup: tags and comments gone (a '<' before a space is text), references decoded,
    // whitespace runs one space.
    private static string Decode(string html)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < html.Length; i++)
        {
            bool markup = html[i] == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!');
            if (!markup) { sb.Append(html[i]); continue; }
            int close = html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i, StringComparison.Ordinal) + 2 : html.IndexOf('>', i);
            i = close < 0 ? html.Length : close;
        }
        string decoded = WebUtility.HtmlDecode(sb.ToString()).Replace('\u00A0', ' ');
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
