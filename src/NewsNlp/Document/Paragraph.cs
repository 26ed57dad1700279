namespace NewsNlp;

/// <summary>The role of a block of the cleaned text.</summary>
public enum ParagraphKind : byte
{
    /// <summary>Running body text.</summary>
    Body,
    /// <summary>A section heading inside the body: summarised around, never as a sentence.</summary>
    Heading,
    /// <summary>One item of a bulleted or numbered list in the body.</summary>
    ListItem,
    /// <summary>
    /// A photo caption, placed after the body: read for entities (a caption often names the place), never
    /// split into sentences or summarised.
    /// </summary>
    Caption,
    /// <summary>
    /// The headline, standfirst, dateline or a line of an existing bullet block, placed last so that entity mentions in
    /// them have offsets: matched against the names the body gives, never tagged, split into sentences or summarised.
    /// </summary>
    Header,
}

/// <summary>A block of the cleaned text, as a range of <see cref="NewsDocument.Text"/>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Body text, heading, list item, caption or header line.</param>
public readonly record struct Paragraph(int Start, int End, ParagraphKind Kind)
{
    /// <summary>Number of UTF-16 code units the paragraph covers.</summary>
    public int Length => End - Start;
}
