namespace NewsNlp.Entities;

/// <summary>
/// The BILOU tag set of the statistical recognizer: O, then Begin/Inside/Last/Unit for PER, LOC, ORG
/// and MISC (17 tags). BILOU rather than BIO because it tells the model where names end, which is worth
/// about a point of F1 on CoNLL-2003.
/// </summary>
internal static class BilouTags
{
    /// <summary>Number of tags.</summary>
    public const int Count = 17;

    /// <summary>The outside tag.</summary>
    public const byte Outside = 0;

    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>Row of the transition table used before the first token.</summary>
    public const int StartRow = Count;

    private static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>The tag for a named type (0..3) and a position (Begin..Unit).</summary>
    public static byte Make(int type, int position) => (byte)(1 + type * 4 + position);

    /// <summary>The named type (0..3) of a tag other than O.</summary>
    public static int TypeOf(int tag) => (tag - 1) >> 2;

    /// <summary>Begin, Inside, Last or Unit.</summary>
    public static int PositionOf(int tag) => (tag - 1) & 3;

    /// <summary>The CoNLL code of a named type index: PER, LOC, ORG, MISC.</summary>
    public static string TypeCode(int type) => Types[type];

    /// <summary>Parses PER/LOC/ORG/MISC; -1 for anything else.</summary>
    public static int ParseType(ReadOnlySpan<char> code)
    {
        for (int i = 0; i < Types.Length; i++) if (code.SequenceEqual(Types[i])) return i;
        return -1;
    }

    /// <summary>Whether <paramref name="to"/> may follow <paramref name="from"/> (<see cref="StartRow"/> before the first token).</summary>
    public static bool Allowed(int from, int to)
    {
        bool fromOpen = from != StartRow && from != Outside && PositionOf(from) is Begin or Inside;
        if (fromOpen)
            return to != Outside && TypeOf(to) == TypeOf(from) && PositionOf(to) is Inside or Last;
        return to == Outside || PositionOf(to) is Begin or Unit;
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public static bool AllowedLast(int tag) => tag == Outside || PositionOf(tag) is Last or Unit;

    /// <summary>Writes the BILOU tags of entity spans (token ranges with a type) into <paramref name="tags"/>.</summary>
    public static void FromSpans(ReadOnlySpan<(int Start, int End, int Type)> spans, Span<byte> tags)
    {
        tags.Clear();
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1) { tags[start] = Make(type, Unit); continue; }
            tags[start] = Make(type, Begin);
            for (int i = start + 1; i < end - 1; i++) tags[i] = Make(type, Inside);
            tags[end - 1] = Make(type, Last);
        }
    }

    /// <summary>
    /// Reads the entity spans of a tag sequence; tolerant of ill-formed sequences (an I or L without a B
    /// starts a span, a B or I without an end closes at the next O or type change).
    /// </summary>
    public static void ToSpans(ReadOnlySpan<byte> tags, List<(int Start, int End, int Type)> spans)
    {
        int start = -1, type = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            if (tag == Outside)
            {
                if (start >= 0) spans.Add((start, i, type));
                start = -1;
                continue;
            }
            int t = TypeOf(tag), p = PositionOf(tag);
            if (start >= 0 && (t != type || p is Begin or Unit)) { spans.Add((start, i, type)); start = -1; }
            if (start < 0) { start = i; type = t; }
            if (p is Last or Unit) { spans.Add((start, i + 1, type)); start = -1; }
        }
        if (start >= 0) spans.Add((start, tags.Length, type));
    }
}
