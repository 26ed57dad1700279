namespace NewsNlp.Tests.Segmentation;

/// <summary>Checks every tokenizer and splitter result must satisfy, whatever the input.</summary>
internal static class SegmentationInvariants
{
    /// <summary>Tokens are ordered, non-empty, in bounds, separated only by whitespace, and cover every other character.</summary>
    public static void AssertLossless(string text, IReadOnlyList<Token> tokens)
    {
        int cursor = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= cursor, $"token [{token.Start},{token.End}) overlaps or precedes {cursor}");
            Assert.True(token.End > token.Start, $"empty token at {token.Start}");
            Assert.True(token.End <= text.Length, $"token [{token.Start},{token.End}) past the end {text.Length}");
            Assert.True(Enum.IsDefined(token.Kind));
            for (int i = cursor; i < token.Start; i++)
                Assert.True(char.IsWhiteSpace(text[i]), $"non-whitespace U+{(int)text[i]:X4} at {i} is in no token");
            cursor = token.End;
        }
        for (int i = cursor; i < text.Length; i++)
            Assert.True(char.IsWhiteSpace(text[i]), $"non-whitespace U+{(int)text[i]:X4} at {i} is in no token");
    }

    /// <summary>Sentences are ordered, trimmed, in bounds, and agree with the tokens they list.</summary>
    public static void AssertSentences(NewsDocument document)
    {
        AssertLossless(document.Text, document.Tokens);
        int cursorToken = 0, cursor = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.True(sentence.Start >= cursor && sentence.End > sentence.Start && sentence.End <= document.Text.Length);
            Assert.False(char.IsWhiteSpace(document.Text[sentence.Start]));
            Assert.False(char.IsWhiteSpace(document.Text[sentence.End - 1]));
            Assert.True(sentence.FirstToken >= cursorToken && sentence.TokenCount > 0 && sentence.EndToken <= document.Tokens.Count);
            Assert.Equal(sentence.Start, document.Tokens[sentence.FirstToken].Start);
            Assert.Equal(sentence.End, document.Tokens[sentence.EndToken - 1].End);
            cursor = sentence.End;
            cursorToken = sentence.EndToken;
        }
    }
}
