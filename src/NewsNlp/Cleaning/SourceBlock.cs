namespace NewsNlp.Cleaning;

/// <summary>What the input's own structure says a block is, before any guessing.</summary>
internal enum BlockHint : byte
{
    /// <summary>Nothing known: a line of text or an HTML paragraph.</summary>
    None,
    /// <summary>An HTML heading element (h2–h6).</summary>
    Heading,
    /// <summary>A bullet or numbered line, or an HTML list item; the marker is not part of the block.</summary>
    ListItem,
    /// <summary>An HTML figure caption.</summary>
    Caption,
}

/// <summary>
/// One candidate block of an article: a range of <see cref="Source"/> (the input itself for plain text, an
/// element's decoded text for HTML) and where it starts in the input.
/// </summary>
internal readonly record struct SourceBlock(string Source, int Start, int End, int InputOffset, BlockHint Hint)
{
    /// <summary>The block's characters.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, End - Start);

    /// <summary>
    /// An HTML paragraph set wholly in bold that asks a question: an interviewer's, in a Q&amp;A. Subheadings have
    /// heading elements; a short question in a paragraph of its own would otherwise look like one.
    /// </summary>
    public bool IsBoldQuestion { get; init; }

    /// <summary>The same block without its first <paramref name="count"/> characters.</summary>
    public SourceBlock SkipStart(int count) => this with { Start = Start + count, InputOffset = InputOffset + count };

    /// <summary>The same block cut to <paramref name="length"/> characters.</summary>
    public SourceBlock Truncate(int length) => this with { End = Start + length };
}
