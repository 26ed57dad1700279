using System.Text;

namespace NewsNlp.Cleaning;

/// <summary>
/// Builds the cleaned text from the kept blocks, "\n\n" between them, recording each block's paragraph range
/// and where it came from in the input.
/// </summary>
internal sealed class CleanedTextBuilder
{
    private const string Separator = "\n\n";
    private readonly StringBuilder _text;
    private readonly List<Paragraph> _paragraphs = [];
    private readonly OffsetMapBuilder _map = new();
    private readonly string _input;

    public CleanedTextBuilder(string input)
    {
        _input = input;
        _text = new StringBuilder(Math.Min(input.Length, 1 << 20));
    }

    public void Add(in SourceBlock block, ParagraphKind kind)
    {
        if (block.End <= block.Start) return;
        if (_text.Length > 0) _text.Append(Separator);
        int start = _text.Length;
        _text.Append(block.Source, block.Start, block.End - block.Start);
        _paragraphs.Add(new Paragraph(start, _text.Length, kind));
        if (ReferenceEquals(block.Source, _input))
        {
            // Copied from the input as it is: one piece.
            _map.Add(start, block.InputOffset, block.End - block.Start, block.End - block.Start);
        }
        else
        {
            // Decoded HTML: a piece wherever tags, references or collapsed whitespace came between characters.
            HtmlOffsetAligner.AddPieces(_input, block.InputOffset, block.Source, block.Start, block.End, start, _map);
        }
    }

    public (string Text, IReadOnlyList<Paragraph> Paragraphs, OffsetMap Map) Build() =>
        (_text.ToString(), _paragraphs.ToArray(), _map.Build(_input.Length));
}
