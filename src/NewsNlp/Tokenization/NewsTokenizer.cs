namespace NewsNlp.Tokenization;

/// <summary>The default tokenizer. (Foundation placeholder: splits at whitespace and punctuation.)</summary>
public sealed class NewsTokenizer : ITokenizer
{
    /// <summary>The shared instance; the tokenizer holds no state.</summary>
    public static NewsTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new Token(offset + start, offset + i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(offset + start, offset + i, TokenKind.Punctuation));
            }
        }
    }
}
