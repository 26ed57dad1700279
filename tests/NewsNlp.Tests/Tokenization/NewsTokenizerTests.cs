using System.Diagnostics;
using FsCheck.Xunit;
using NewsNlp.Tests.Segmentation;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public class NewsTokenizerTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static string[] Tokens(string text) =>
        [.. Pipeline.Tokenize(text).Select(t => text[t.Start..t.End])];

    private static string Joined(string text) => string.Join(" | ", Tokens(text));

    [Theory]
    // Clitics, straight and curly, as UD English EWT splits them.
    [InlineData("Sheinbaum's plan", "Sheinbaum | 's | plan")]
    [InlineData("Mexico’s border", "Mexico | ’s | border")]
    [InlineData("They don't know.", "They | do | n't | know | .")]
    [InlineData("We can't wait", "We | ca | n't | wait")]
    [InlineData("It won’t stop", "It | wo | n’t | stop")]
    [InlineData("I'm sure they'll say we've won and you're done, he'd said", "I | 'm | sure | they | 'll | say | we | 've | won | and | you | 're | done | , | he | 'd | said")]
    [InlineData("He cannot go, we're gonna stay", "He | can | not | go | , | we | 're | gon | na | stay")]
    [InlineData("O'Brien and Shi'ite leaders", "O'Brien | and | Shi'ite | leaders")]
    // Abbreviations and numbers stay whole; "$" and "%" are their own tokens.
    [InlineData("The U.S. sent 10,000 troops.", "The | U.S. | sent | 10,000 | troops | .")]
    [InlineData("It crossed 1,949 times", "It | crossed | 1,949 | times")]
    [InlineData("a $41.1 million deal", "a | $ | 41.1 | million | deal")]
    [InlineData("up 3.5% on Feb. 14", "up | 3.5 | % | on | Feb. | 14")]
    [InlineData("Gov. Abbott met Mr. Ruiz at 5:30 on 11/28/2000", "Gov. | Abbott | met | Mr. | Ruiz | at | 5:30 | on | 11/28/2000")]
    [InlineData("Call 713-853-3989 now", "Call | 713-853-3989 | now")]
    [InlineData("Proposition No. 7 passed", "Proposition | No. | 7 | passed")]
    [InlineData("He said no. Then left", "He | said | no | . | Then | left")]
    [InlineData("e.g. the Ph.D. student", "e.g. | the | Ph.D. | student")]
    [InlineData("J. R. Whitfield", "J. | R. | Whitfield")]
    [InlineData("AT&T and Q&A", "AT&T | and | Q&A")]
    [InlineData("Yahoo! and Google!", "Yahoo! | and | Google | !")]
    [InlineData("at 5pm with 35mm film", "at | 5 | pm | with | 35 | mm | film")]
    // An abbreviation that ends a sentence gives its period to the sentence, as UD does.
    [InlineData("seeds, tools, etc. The list", "seeds | , | tools | , | etc | . | The | list")]
    [InlineData("seeds, tools, etc. and more", "seeds | , | tools | , | etc. | and | more")]
    [InlineData("plants in the U.S. The firm", "plants | in | the | U.S | . | The | firm")]
    [InlineData("the U.S. Army", "the | U.S. | Army")]
    // Web things stay whole, trailing punctuation does not.
    [InlineData("See https://example.org/a/b?x=1&y=2.", "See | https://example.org/a/b?x=1&y=2 | .")]
    [InlineData("(www.cityhall.gov/parks)", "( | www.cityhall.gov/parks | )")]
    [InlineData("Wiki: https://en.wikipedia.org/wiki/Juárez_(city).", "Wiki | : | https://en.wikipedia.org/wiki/Juárez_(city) | .")]
    [InlineData("Mail news.desk@example.com, or @citydesk #stormwatch", "Mail | news.desk@example.com | , | or | @citydesk | #stormwatch")]
    // Dashes, ellipses, quotes and brackets are tokens.
    [InlineData("\"Stop,\" she said—loudly…", "\" | Stop | , | \" | she | said | — | loudly | …")]
    [InlineData("wait... what?! (really) [no] -- yes", "wait | ... | what | ?! | ( | really | ) | [ | no | ] | -- | yes")]
    [InlineData("“It’s over,” he said.", "“ | It | ’s | over | , | ” | he | said | .")]
    // Hyphens: split as UD EWT does, except after prefixes and between digits.
    [InlineData("a wheel-chair user", "a | wheel | - | chair | user")]
    [InlineData("non-violent e-mail co-workers", "non-violent | e-mail | co-workers")]
    [InlineData("a five-year-old F-16", "a | five | - | year | - | old | F | - | 16")]
    [InlineData("Hello world.Today is fine", "Hello | world | . | Today | is | fine")]
    [InlineData("", "")]
    public void Tokenizes_like_UD_English_EWT(string text, string expected) => Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("Juárez", TokenKind.Word)]
    [InlineData("10,000", TokenKind.Number)]
    [InlineData("41.1", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Word)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("—", TokenKind.Punctuation)]
    [InlineData("https://example.org/x", TokenKind.Url)]
    [InlineData("www.example.org", TokenKind.Url)]
    [InlineData("example.com", TokenKind.Url)]
    [InlineData("news.desk@example.com", TokenKind.Email)]
    [InlineData("@citydesk", TokenKind.Handle)]
    [InlineData("#stormwatch", TokenKind.Hashtag)]
    [InlineData("\u0007", TokenKind.Other)]
    public void Tokens_have_kinds(string text, TokenKind kind)
    {
        var tokens = Pipeline.Tokenize(text);
        Assert.Single(tokens);
        Assert.Equal(kind, tokens[0].Kind);
    }

    [Fact]
    public void Surrogates_are_other_tokens_and_pairs_stay_together()
    {
        // Built in code: test runners may replace lone surrogates in theory data.
        string text = "ok \uD83D\uDE00 \uD800x\uDC00";
        var tokens = Pipeline.Tokenize(text);
        Assert.Equal(["ok", "\uD83D\uDE00", "\uD800", "x", "\uDC00"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal([TokenKind.Word, TokenKind.Other, TokenKind.Other, TokenKind.Word, TokenKind.Other], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Offsets_are_shifted_and_appended()
    {
        var tokens = new List<Token> { new(0, 3, TokenKind.Word) };
        NewsTokenizer.Instance.Tokenize(" Hi there".AsSpan(1), 100, tokens);
        Assert.Equal([new Token(0, 3, TokenKind.Word), new Token(100, 102, TokenKind.Word), new Token(103, 108, TokenKind.Word)], tokens);
    }

    [Property(Arbitrary = new[] { typeof(NastyText) }, MaxTest = 500)]
    public void Any_text_tokenizes_losslessly(string text)
    {
        text ??= "";
        SegmentationInvariants.AssertLossless(text, Pipeline.Tokenize(text));
    }

    [Fact]
    public void A_one_megabyte_random_line_tokenizes_losslessly()
    {
        string text = RandomLine(1 << 20, seed: 7);
        SegmentationInvariants.AssertLossless(text, Pipeline.Tokenize(text));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("a.")]
    [InlineData("'")]
    [InlineData("a'")]
    [InlineData("-")]
    [InlineData("a-")]
    [InlineData("@")]
    [InlineData("a@")]
    [InlineData("a+")]
    [InlineData("1,")]
    [InlineData("1.")]
    [InlineData("(")]
    [InlineData("http://")]
    [InlineData("\uD800")]
    public void Pathological_megabyte_runs_take_linear_time(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));
        var clock = Stopwatch.StartNew();
        var tokens = Pipeline.Tokenize(text);
        clock.Stop();
        SegmentationInvariants.AssertLossless(text, tokens);
        // Linear work takes milliseconds (a little more in Debug on a busy machine); a quadratic scan of 1 MB takes hours.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{unit}: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    internal static string RandomLine(int length, int seed)
    {
        string[] pieces = ["U.S.", "don't", " ", "  ", "word", "Mr.", "3.5%", "a@b.co", "http://x.org/a", "...", "\"", "(", ")", "'s", "—", ".", "?", "\u0000", "\uD800", "\uDC00", "é", "#", "@", "-", "10,000"];
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder(length + 32);
        while (sb.Length < length)
        {
            if (random.Next(4) == 0) sb.Append((char)random.Next(0, 0x10000));
            else sb.Append(pieces[random.Next(pieces.Length)]);
        }
        return sb.ToString().Replace('\n', ' ');
    }
}
