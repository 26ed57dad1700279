namespace NewsNlp;

/// <summary>
/// One token: a range of the document's text and its kind. A value type of 12 bytes, so a document's
/// tokens live in one array and no token allocates; read its characters with <see cref="NewsDocument.TextOf(Token)"/>.
/// </summary>
/// <param name="Start">Offset of the first character in the text (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of UTF-16 code units the token covers.</summary>
    public int Length => End - Start;
}
