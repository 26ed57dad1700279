using NewsNlp.Summarization;

namespace NewsNlp.Tests.Summarization;

public class WordLexiconTests
{
    [Fact]
    public void The_tag_table_agrees_with_the_full_lexicon_on_every_word_of_an_article()
    {
        var lexicon = WordLexicon.Default;
        var document = NewsPipeline.CreateDefault().Analyze(SummaryFixtures.FloodPlan + "\n\n" + SummaryFixtures.RailStrike + "\n\nZqxv blorfed the wuggle.");
        var words = document.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => document.Span(t).ToString()).Distinct().ToList();
        Assert.True(words.Count > 100);
        int known = 0;
        foreach (string word in words)
        {
            int hash = TextFolding.FoldedHash(word);
            Assert.Equal(lexicon.Lookup(hash).Tag, lexicon.Tag(hash));
            if (lexicon.Tag(hash) != WordTag.Unknown) known++;
        }
        Assert.InRange(known, words.Count / 2, words.Count - 3);   // mostly known, never the invented words
        Assert.Equal(WordTag.Unknown, lexicon.Tag(TextFolding.FoldedHash("wuggle")));
        Assert.Equal(WordTag.VerbPast, lexicon.Tag(TextFolding.FoldedHash("said")));
    }
}
