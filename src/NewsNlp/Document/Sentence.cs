namespace NewsNlp;

/// <summary>One sentence: a range of the document's text and the tokens inside it.</summary>
/// <param name="Start">Offset of the first character (no leading whitespace).</param>
/// <param name="End">Offset just past the last character (no trailing whitespace).</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="NewsDocument.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="Paragraph">Index of the paragraph holding the sentence in <see cref="NewsDocument.Paragraphs"/>.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Number of UTF-16 code units the sentence covers.</summary>
    public int Length => End - Start;

    /// <summary>Index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
