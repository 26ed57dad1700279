namespace NewsNlp;

/// <summary>One mention of an entity: a range of the document's text and its type.</summary>
/// <param name="Start">Offset of the first character in <see cref="NewsDocument.Text"/>.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Type">The entity type.</param>
public readonly record struct EntityMention(int Start, int End, EntityType Type)
{
    /// <summary>Number of UTF-16 code units the mention covers.</summary>
    public int Length => End - Start;
}

/// <summary>An entity of one article, with all of its mentions linked together.</summary>
/// <param name="Text">The canonical form: the most complete, properly accented mention ("Claudia Sheinbaum").</param>
/// <param name="Type">The entity type.</param>
/// <param name="Mentions">Every mention, in document order.</param>
/// <param name="Salience">How central the entity is to the article, in [0, 1].</param>
public sealed record Entity(string Text, EntityType Type, IReadOnlyList<EntityMention> Mentions, double Salience)
{
    /// <summary>Number of mentions.</summary>
    public int MentionCount => Mentions.Count;
}
