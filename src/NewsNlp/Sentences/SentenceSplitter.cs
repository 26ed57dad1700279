namespace NewsNlp.Sentences;

/// <summary>The default sentence splitter. (Foundation placeholder: splits after . ! ?)</summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared instance.</summary>
    public static SentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int paragraph, List<Sentence> sentences)
    {
        int begin = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            char c = text[tokens[i].Start];
            if (i == tokens.Length - 1 || (tokens[i].Length == 1 && c is '.' or '!' or '?'))
            {
                sentences.Add(new Sentence(tokens[begin].Start, tokens[i].End, firstToken + begin, i - begin + 1, paragraph));
                begin = i + 1;
            }
        }
    }
}
