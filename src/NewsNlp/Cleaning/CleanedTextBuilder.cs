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
    private readonly List<int> _cleanStarts = [];
    private readonly List<int> _inputStarts = [];

    public CleanedTextBuilder(int capacity) => _text = new StringBuilder(capacity);

    public void Add(in SourceBlock block, ParagraphKind kind)
    {
        if (block.End <= block.Start) return;
        if (_text.Length > 0) _text.Append(Separator);
        int start = _text.Length;
        _text.Append(block.Source, block.Start, block.End - block.Start);
        _paragraphs.Add(new Paragraph(start, _text.Length, kind));
        // Input offsets must ascend for the map's binary search; HTML positions are best effort.
        int input = _inputStarts.Count > 0 ? Math.Max(block.InputOffset, _inputStarts[^1]) : block.InputOffset;
        _cleanStarts.Add(start);
        _inputStarts.Add(input);
    }

    /// <summary>
    /// Adds a caption after the body. Its input offset is where the caption text occurs in the input, when it
    /// does verbatim (plain text), else the start of the input (decoded HTML).
    /// </summary>
    public void AddCaption(string caption, string input)
    {
        if (caption.Length == 0) return;
        if (_text.Length > 0) _text.Append(Separator);
        int start = _text.Length;
        _text.Append(caption);
        _paragraphs.Add(new Paragraph(start, _text.Length, ParagraphKind.Caption));
        _cleanStarts.Add(start);
        _inputStarts.Add(Math.Max(0, input.IndexOf(caption, StringComparison.Ordinal)));
    }

    public (string Text, IReadOnlyList<Paragraph> Paragraphs, OffsetMap Map) Build() =>
        (_text.ToString(), _paragraphs.ToArray(), _cleanStarts.Count == 0 ? OffsetMap.Identity : new OffsetMap(_cleanStarts, _inputStarts));
}
