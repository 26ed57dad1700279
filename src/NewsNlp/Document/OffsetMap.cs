namespace NewsNlp;

/// <summary>
/// Maps offsets of the cleaned text back to the input. The cleaned text is made of pieces copied from
/// the input (or decoded from it, for HTML); each piece records where it came from. Inside a piece clean
/// and input offsets advance together; a piece may also stand for more input than it has characters (a
/// decoded "&amp;eacute;" is one character from eight), so a range ending there ends after all of them.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _inputStarts;
    private readonly int[]? _cleanLengths;
    private readonly int[]? _inputLengths;
    private readonly int _inputLength = int.MaxValue;   // offsets never pass the input's end, however a piece was guessed

    /// <summary>Creates a map from piece starts in the cleaned text (ascending) and their starts in the input.</summary>
    public OffsetMap(IReadOnlyList<int> cleanStarts, IReadOnlyList<int> inputStarts)
    {
        ArgumentNullException.ThrowIfNull(cleanStarts);
        ArgumentNullException.ThrowIfNull(inputStarts);
        if (cleanStarts.Count != inputStarts.Count) throw new ArgumentException("Both lists must have the same length.");
        _cleanStarts = [.. cleanStarts];
        _inputStarts = [.. inputStarts];
    }

    /// <summary>A map whose pieces also say how many characters they span in the cleaned text and in the input.</summary>
    internal OffsetMap(IReadOnlyList<int> cleanStarts, IReadOnlyList<int> inputStarts, IReadOnlyList<int> cleanLengths, IReadOnlyList<int> inputLengths,
        int inputLength)
        : this(cleanStarts, inputStarts)
    {
        if (cleanLengths.Count != cleanStarts.Count || inputLengths.Count != cleanStarts.Count) throw new ArgumentException("One length per piece is needed.");
        _cleanLengths = [.. cleanLengths];
        _inputLengths = [.. inputLengths];
        _inputLength = inputLength;
    }

    /// <summary>The map of a text that is its own input.</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    /// <summary>Offset in the input of the character at <paramref name="cleanOffset"/> in the cleaned text.</summary>
    public int ToInput(int cleanOffset)
    {
        int i = PieceOf(cleanOffset);
        return Math.Min(_inputLength, i < 0 ? cleanOffset : _inputStarts[i] + (cleanOffset - _cleanStarts[i]));
    }

    /// <summary>
    /// The input range of the cleaned range [<paramref name="start"/>, <paramref name="end"/>): from its first
    /// character's source to the end of its last one's, so that <c>input[range]</c> is what the range was made
    /// from (for HTML, with the markup and references between its characters).
    /// </summary>
    public (int Start, int End) ToInput(int start, int end)
    {
        int inputStart = ToInput(start);
        if (end <= start) return (inputStart, inputStart);
        int i = PieceOf(end - 1);
        if (i < 0) return (inputStart, Math.Min(_inputLength, end));
        int into = end - _cleanStarts[i];
        int inputEnd = _cleanLengths is not null && into == _cleanLengths[i] ? _inputStarts[i] + _inputLengths![i] : _inputStarts[i] + into;
        return (inputStart, Math.Clamp(inputEnd, inputStart, _inputLength));
    }

    /// <summary>This map with the pieces of <paramref name="tail"/> after all of its own.</summary>
    internal OffsetMap Append(OffsetMapBuilder tail)
    {
        var (cleanStarts, inputStarts, cleanLengths, inputLengths) = tail.Pieces;
        if (cleanStarts.Count == 0) return this;
        int last = _cleanStarts.Length - 1;
        if (cleanStarts[0] < _cleanStarts[last] + (_cleanLengths?[last] ?? 0)) throw new ArgumentException("The pieces must start after the map's last one.", nameof(tail));
        // A map without lengths (Identity) copies everything from its last start on: that piece ends where the new ones begin.
        var ownCleanLengths = _cleanLengths ?? [.. _cleanStarts.Select((start, i) => (i < last ? _cleanStarts[i + 1] : cleanStarts[0]) - start)];
        var ownInputLengths = _inputLengths ?? ownCleanLengths;
        return new OffsetMap([.. _cleanStarts, .. cleanStarts], [.. _inputStarts, .. inputStarts], [.. ownCleanLengths, .. cleanLengths],
            [.. ownInputLengths, .. inputLengths], _inputLength);
    }

    private int PieceOf(int cleanOffset)
    {
        int i = Array.BinarySearch(_cleanStarts, cleanOffset);
        return i < 0 ? ~i - 1 : i;
    }
}

/// <summary>Collects the pieces of an <see cref="OffsetMap"/> in clean-text order, joining runs that advance together.</summary>
internal sealed class OffsetMapBuilder
{
    private readonly List<int> _cleanStarts = [], _inputStarts = [], _cleanLengths = [], _inputLengths = [];

    /// <summary>
    /// Records that the cleaned text at <paramref name="clean"/> (<paramref name="cleanLength"/> characters) came
    /// from the input at <paramref name="input"/> (<paramref name="inputLength"/> characters). Copied characters
    /// (equal lengths) right after the previous copied piece, on both sides, extend it.
    /// </summary>
    public void Add(int clean, int input, int cleanLength, int inputLength)
    {
        if (cleanLength <= 0) return;
        int last = _cleanStarts.Count - 1;
        if (cleanLength == inputLength && last >= 0 && _cleanLengths[last] == _inputLengths[last]
            && _cleanStarts[last] + _cleanLengths[last] == clean && _inputStarts[last] + _inputLengths[last] == input)
        {
            _cleanLengths[last] += cleanLength;
            _inputLengths[last] += inputLength;
            return;
        }
        _cleanStarts.Add(clean);
        _inputStarts.Add(input);
        _cleanLengths.Add(cleanLength);
        _inputLengths.Add(inputLength);
    }

    /// <summary>The pieces recorded so far.</summary>
    internal (IReadOnlyList<int> CleanStarts, IReadOnlyList<int> InputStarts, IReadOnlyList<int> CleanLengths, IReadOnlyList<int> InputLengths) Pieces =>
        (_cleanStarts, _inputStarts, _cleanLengths, _inputLengths);

    /// <summary>The map of a cleaned text made from an input of <paramref name="inputLength"/> characters, or <see cref="OffsetMap.Identity"/> when nothing was recorded.</summary>
    public OffsetMap Build(int inputLength) =>
        _cleanStarts.Count == 0 ? OffsetMap.Identity : new OffsetMap(_cleanStarts, _inputStarts, _cleanLengths, _inputLengths, inputLength);
}
