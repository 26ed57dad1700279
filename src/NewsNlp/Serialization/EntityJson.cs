namespace NewsNlp.Serialization;

/// <summary>The JSON shape of one linked entity, as <c>newsnlp entities --format json</c> prints it.</summary>
/// <param name="Text">The canonical form.</param>
/// <param name="Type">The type code: PER, LOC, ORG, MISC, CARDINAL, MONEY, PERCENT, DATE, TIME or QUANTITY.</param>
/// <param name="Mentions">The number of mentions.</param>
/// <param name="Salience">How central the entity is, in [0, 1].</param>
/// <param name="Spans">Each mention as [start, end], UTF-16 offsets into the cleaned text.</param>
public sealed record EntityJson(string Text, string Type, int Mentions, double Salience, IReadOnlyList<int[]> Spans)
{
    /// <summary>The JSON shape of an entity.</summary>
    public static EntityJson From(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityJson(entity.Text, entity.Type.ToCode(), entity.MentionCount, entity.Salience,
            [.. entity.Mentions.Select(m => new[] { m.Start, m.End })]);
    }
}
