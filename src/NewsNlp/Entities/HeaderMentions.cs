namespace NewsNlp.Entities;

/// <summary>
/// Finds the story's entities in its header lines (headline, standfirst, dateline, an existing bullet block; see
/// <see cref="ParagraphKind.Header"/>). Those lines are set in headline case or capitals ("BOGOTA, Colombia"), where the
/// tagger errs most, so they are matched instead of tagged: a run of capitalised words is a mention when, folded (case
/// and accents aside), it is a name the body gave an entity, or a person's surname. A name only the header has is not
/// reported, as with headings.
/// </summary>
internal static class HeaderMentions
{
    private const int MaxWords = 6;

    /// <summary>
    /// The entities with their header mentions added after their body ones; salience stays the body's (it already
    /// weighs a name in the headline).
    /// </summary>
    public static IReadOnlyList<Entity> Add(NewsDocument document, IReadOnlyList<Entity> entities)
    {
        int storyEnd = document.StoryEnd;
        string text = document.Text;
        if (storyEnd >= text.Length || entities.Count == 0) return entities;
        var surnames = new string?[entities.Count];
        for (int e = 0; e < entities.Count; e++)
            if (entities[e].Type == EntityType.Person && entities[e].Text.Contains(' ')) surnames[e] = Summarization.PersonNames.Surname(entities[e].Text);
        var tokens = document.TokenSpan;
        int first = document.StoryTokenSpan.Length;
        List<EntityMention>?[]? found = null;
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Header) continue;
            int end = first;
            while (end < tokens.Length && tokens[end].Start < paragraph.End) end++;
            var line = tokens[first..end];
            bool capitalised = IsCapitalisedLine(text, line);
            for (int i = 0; i < line.Length; i++)
            {
                if (!IsCapitalisedWord(text, line[i])) continue;
                // In a sentence-case line a capitalised neighbour means a longer name this one is only part of ("New York"
                // of "New York Times"), unless it is a title ("President Claudia Sheinbaum") or the line's first word.
                if (!capitalised && i > 1 && IsNameWord(text, line[i - 1])) continue;
                for (int j = Math.Min(line.Length, i + MaxWords) - 1; j >= i; j--)
                {
                    if (!IsCapitalisedWord(text, line[j])) continue;
                    if (!capitalised && j + 1 < line.Length && IsNameWord(text, line[j + 1])) continue;
                    int entity = EntityNamed(text, text.AsSpan(line[i].Start, line[j].End - line[i].Start), storyEnd, entities, surnames);
                    if (entity < 0) continue;
                    found ??= new List<EntityMention>?[entities.Count];
                    (found[entity] ??= []).Add(new EntityMention(line[i].Start, line[j].End, entities[entity].Type));
                    i = j;
                    break;
                }
            }
            first = end;
        }
        if (found is null) return entities;
        var result = new Entity[entities.Count];
        for (int e = 0; e < entities.Count; e++)
            result[e] = found[e] is { } added ? entities[e] with { Mentions = [.. entities[e].Mentions, .. added] } : entities[e];
        return result;
    }

    /// <summary>
    /// The one named entity <paramref name="name"/> is a name of (folded: case and accents aside): its canonical form, a
    /// form the story wrote, or a person's surname; -1 for none, or when two entities share it.
    /// </summary>
    private static int EntityNamed(string text, ReadOnlySpan<char> name, int storyEnd, IReadOnlyList<Entity> entities, string?[] surnames)
    {
        // Folding maps one character to one, so only forms of the same length can match: most are passed over at once.
        static bool Same(ReadOnlySpan<char> form, ReadOnlySpan<char> name) => form.Length == name.Length && TextFolding.FoldedEquals(form, name);
        int found = -1;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Type > EntityType.Misc) continue;
            bool named = Same(entity.Text, name) || surnames[e] is { } surname && Same(surname, name);
            foreach (var m in entity.Mentions)
            {
                if (named) break;
                named = m.End <= storyEnd && Same(text.AsSpan(m.Start, m.Length), name);
            }
            if (!named) continue;
            if (found >= 0) return -1;
            found = e;
        }
        return found;
    }

    private static bool IsCapitalisedWord(string text, Token token) =>
        token.Kind is TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsNameWord(string text, Token token) =>
        IsCapitalisedWord(text, token) && !EntityLinker.IsTitle(text.AsSpan(token.Start, token.Length));

    // Headline case or capitals: most longer words capitalised ("Wójcik's Late Header Lifts Leeds", "BOGOTA, Colombia").
    private static bool IsCapitalisedLine(string text, ReadOnlySpan<Token> line)
    {
        int words = 0, capitalised = 0;
        foreach (var token in line)
        {
            if (token.Kind != TokenKind.Word || token.Length < 4) continue;
            words++;
            if (char.IsUpper(text[token.Start])) capitalised++;
        }
        return words > 0 && capitalised * 4 >= words * 3;
    }
}
