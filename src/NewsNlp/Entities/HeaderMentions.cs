namespace NewsNlp.Entities;

/// <summary>
/// Finds the story's entities in its header lines (headline, standfirst, dateline, an existing bullet block; see
/// <see cref="ParagraphKind.Header"/>). Those lines are set in headline case or capitals ("BOGOTA, Colombia"), where the
/// tagger errs most, so they are matched instead of tagged: a run of capitalised words is a mention when, folded (case
/// and accents aside), it is a name the body gave an entity, or a person's surname. A name only the header has is not
/// reported, as with headings, except the dateline's places: a dateline names where the story was filed.
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
        if (storyEnd >= text.Length) return entities;
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
        var places = DatelinePlaces(document, found);
        if (found is null && places is null) return entities;
        var result = new List<Entity>(entities.Count + (places?.Count ?? 0));
        for (int e = 0; e < entities.Count; e++)
            result.Add(found?[e] is { } added ? entities[e] with { Mentions = [.. entities[e].Mentions, .. added] } : entities[e]);
        // Most salient first, as the linker orders them; a dateline place goes after those of its salience or more.
        foreach (var place in places ?? [])
        {
            int at = result.FindIndex(e => e.Salience < place.Salience);
            result.Insert(at < 0 ? result.Count : at, place);
        }
        return result;
    }

    /// <summary>
    /// Salience of a place named only in the dateline: like a name the lead mentions once (the linker gives such a
    /// name 0.15 for the lead and a little for its one mention), below every name the story itself repeats.
    /// </summary>
    private const double DatelinePlaceSalience = 0.2;

    /// <summary>
    /// The places of the dateline that no entity of the story matched ("MELBOURNE, Australia" over a story that names
    /// neither): a dateline names where the story was filed, so each of its parts is a place, even unnamed in the body.
    /// Written in capitals, the name is given in title case ("Melbourne").
    /// </summary>
    private static List<Entity>? DatelinePlaces(NewsDocument document, List<EntityMention>?[]? found)
    {
        string? dateline = document.Byline.Dateline;
        if (string.IsNullOrEmpty(dateline)) return null;
        string text = document.Text;
        Paragraph? line = null;
        foreach (var paragraph in document.Paragraphs)
            if (paragraph.Kind == ParagraphKind.Header && text.AsSpan(paragraph.Start, paragraph.Length).SequenceEqual(dateline)) { line = paragraph; break; }
        if (line is not { } datelineLine) return null;
        List<Entity>? places = null;
        int partStart = datelineLine.Start;
        while (partStart < datelineLine.End)
        {
            int comma = text.IndexOf(',', partStart, datelineLine.End - partStart);
            int partEnd = comma < 0 ? datelineLine.End : comma;
            var (start, end) = Trimmed(text, partStart, partEnd);
            partStart = partEnd + 1;
            if (end <= start || !IsPlaceName(text.AsSpan(start, end - start)) || Matched(found, start, end)) continue;
            var mention = new EntityMention(start, end, EntityType.Location);
            int same = places?.FindIndex(p => TextFolding.FoldedEquals(p.Text, text.AsSpan(start, end - start))) ?? -1;
            if (same >= 0) places![same] = places[same] with { Mentions = [.. places[same].Mentions, mention] };
            else (places ??= []).Add(new Entity(Canonical(text.AsSpan(start, end - start)), EntityType.Location, [mention], DatelinePlaceSalience));
        }
        return places;

        static (int Start, int End) Trimmed(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            return (start, end);
        }

        static bool Matched(List<EntityMention>?[]? found, int start, int end)
        {
            foreach (var list in found ?? [])
                foreach (var m in list ?? [])
                    if (m.Start < end && start < m.End) return true;
            return false;
        }
    }

    // One to four capitalised words of letters (with hyphens, apostrophes or the periods of "D.C."): "NEW DELHI", "St. Louis".
    private static bool IsPlaceName(ReadOnlySpan<char> part)
    {
        int words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty) continue;
            if (++words > 4 || !char.IsUpper(word[0])) return false;
            foreach (char c in word)
                if (!(char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.')) return false;
        }
        return words > 0;
    }

    // "NEW DELHI" → "New Delhi", "WINSTON-SALEM" → "Winston-Salem"; a name in mixed case or with periods ("D.C.") as written.
    private static string Canonical(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
            if (char.IsLower(c) || c == '.') return name.ToString();
        var chars = name.ToArray();
        for (int i = 1; i < chars.Length; i++)
            if (char.IsLetter(chars[i - 1])) chars[i] = char.ToLowerInvariant(chars[i]);
        return new string(chars);
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
