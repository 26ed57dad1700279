namespace NewsNlp;

/// <summary>
/// Maps offsets of the cleaned text back to the input. The cleaned text is made of pieces copied from
/// the input (or decoded from it, for HTML); each piece records where it came from.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _inputStarts;

    /// <summary>Creates a map from piece starts in the cleaned text and their starts in the input, both ascending.</summary>
    public OffsetMap(IReadOnlyList<int> cleanStarts, IReadOnlyList<int> inputStarts)
    {
        ArgumentNullException.ThrowIfNull(cleanStarts);
        ArgumentNullException.ThrowIfNull(inputStarts);
        if (cleanStarts.Count != inputStarts.Count) throw new ArgumentException("Both lists must have the same length.");
        _cleanStarts = [.. cleanStarts];
        _inputStarts = [.. inputStarts];
    }

    /// <summary>The map of a text that is its own input.</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    /// <summary>Offset in the input of the character at <paramref name="cleanOffset"/> in the cleaned text.</summary>
    public int ToInput(int cleanOffset)
    {
        int i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return cleanOffset;
        return _inputStarts[i] + (cleanOffset - _cleanStarts[i]);
    }
}
