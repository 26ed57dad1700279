namespace NewsNlp.Serialization;

/// <summary>The JSON shape of one linked entity, as <c>newsnlp entities --format json</c> prints it.</summary>
/// <param name="Text">The canonical form.</param>
/// <param name="Type">The type code: PER, LOC, ORG, MISC, CARDINAL, MONEY, PERCENT, DATE, TIME or QUANTITY.</param>
/// <param name="Mentions">The number of mentions.</param>
/// <param name="Salience">How central the entity is, in [0, 1].</param>
/// <param name="Spans">
/// Each mention as [start, end], UTF-16 offsets in ascending order: into the input when made with the document's map (as
/// the CLI does), else into the cleaned text (see <see cref="From(Entity, OffsetMap?)"/>).
/// </param>
public sealed record EntityJson(string Text, string Type, int Mentions, double Salience, IReadOnlyList<int[]> Spans)
{
    /// <summary>The JSON shape of an entity, its spans as offsets into the cleaned <see cref="NewsDocument.Text"/>.</summary>
    public static EntityJson From(Entity entity) => From(entity, null);

    /// <summary>The JSON shape of an entity.</summary>
    /// <param name="entity">An entity of an analysed document.</param>
    /// <param name="map">
    /// The document's <see cref="NewsDocument.Map"/>: spans become offsets into the input as given, so that
    /// <c>input[start..end]</c> is the mention. Null keeps them as offsets into the cleaned <see cref="NewsDocument.Text"/>.
    /// </param>
    public static EntityJson From(Entity entity, OffsetMap? map)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // In input order: a headline's mention comes last in the cleaned text (a header line) but first on the page.
        return new EntityJson(entity.Text, entity.Type.ToCode(), entity.MentionCount, entity.Salience,
            [.. entity.Mentions.Select(m => map is null ? new[] { m.Start, m.End } : ToArray(map.ToInput(m.Start, m.End))).OrderBy(s => s[0])]);
    }

    private static int[] ToArray((int Start, int End) span) => [span.Start, span.End];
}
