namespace NewsNlp.Entities;

/// <summary>
/// Arabic names with the article "al"/"el" ("al Qaeda", "al-Shabaab", "Bashar al-Assad"). The tagger learned
/// from 1996 newswire, written without the hyphen the tokenizer now splits off, and leaves the particle out:
/// "Qaeda" alone, often typed as a place. After linking, a mention right after such a particle gets it back,
/// and a name known only as "al-X" (no given name before the particle in any mention) becomes an organisation:
/// in the GMB corpus, such names not preceded by a name are tagged organisations about six times in seven
/// (al-Qaida, al-Shabab, al-Aqsa Martyrs Brigades), places or persons the rest. A name after a given name
/// ("Haider al-Abadi") keeps its type. An entity tagged as a whole with a capitalised particle ("Al Qaeda
/// leaders", typed a person like "Al Gore") joins the organisation of the same name when the article has one.
/// After salience, like the other type rules, so the sentence ranker's features do not move.
/// </summary>
internal static class NameParticles
{
    /// <summary>The entities with name particles restored; the same list when none applies.</summary>
    public static IReadOnlyList<Entity> Apply(string text, IReadOnlyList<Entity> entities)
    {
        // Where each name mention starts and ends: a particle may be a mention of its own ("Al" of "Al-Shabaab"),
        // and a given name may be one right before it ("Bashar" of "Bashar al-Assad").
        var byEnd = new Dictionary<int, (int Start, EntityType Type)>();
        var byStart = new Dictionary<int, int>();
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].Type <= EntityType.Misc)
                foreach (var m in entities[i].Mentions) { byEnd.TryAdd(m.End, (m.Start, entities[i].Type)); byStart.TryAdd(m.Start, m.End); }
        var absorbed = new HashSet<(int Start, int End)>();   // mentions now inside a longer one
        Entity[]? changed = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type > EntityType.Misc) continue;
            EntityMention[]? mentions = null;
            string? particleForm = null;
            bool afterGivenName = false, joined = false;
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                int start = ParticleStart(text, m.Start);
                if (start < 0) continue;
                if (byStart.TryGetValue(start, out int particleEnd) && particleEnd <= m.Start) absorbed.Add((start, particleEnd));
                // A name right before the particle: one person's name when either part is a person's ("Haider
                // al-Abadi"); otherwise a name of its own ("Somali al Qaeda"). A capitalised word the tagger left
                // out ("Bashar") still makes the particle part of a personal name.
                var before = (Start: -1, Type: EntityType.Misc);
                bool nameBefore = start >= 2 && text[start - 1] == ' ' && byEnd.TryGetValue(start - 1, out before);
                if (nameBefore && (before.Type == EntityType.Person || e.Type == EntityType.Person) && ParticleStart(text, before.Start) < 0)
                {
                    absorbed.Add((before.Start, start - 1));
                    start = before.Start;
                    joined = true;
                }
                afterGivenName |= joined || !nameBefore && CapitalisedWordEndsAt(text, start - 1);
                mentions ??= [.. e.Mentions];
                mentions[k] = m with { Start = start };
                // The entity's own name, spelled as this mention spells it, with its particle (and given name).
                if (particleForm is null && text.AsSpan(m.Start, m.Length).SequenceEqual(e.Text))
                    particleForm = text[start..m.End];
            }
            if (mentions is null) continue;
            // Retyped only when every mention of the name is the bare "al-X": not "Ayman al-Zawahiri … al-Zawahiri".
            var type = !afterGivenName && particleForm is not null ? EntityType.Organization : joined ? EntityType.Person : e.Type;
            changed ??= [.. entities];
            changed[i] = e with
            {
                Text = particleForm ?? e.Text,
                Type = type,
                Mentions = [.. mentions.Select(m => m with { Type = type })],
            };
        }
        if (changed is null) return entities;
        // Mentions now inside longer ones go; so does an entity left without any.
        for (int i = 0; i < changed.Length; i++)
        {
            var e = changed[i];
            if (e.Type > EntityType.Misc || !e.Mentions.Any(m => absorbed.Contains((m.Start, m.End)))) continue;
            changed[i] = e with { Mentions = [.. e.Mentions.Where(m => !absorbed.Contains((m.Start, m.End)))] };
        }
        return JoinSameNames([.. changed.Where(e => e.Mentions.Count > 0)]);
    }

    // "Al Qaeda" (typed a person, the particle inside) and "al Qaeda" (restored here) are one organisation.
    private static IReadOnlyList<Entity> JoinSameNames(Entity[] entities)
    {
        var result = new List<Entity>(entities.Length);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            string key = Key(e.Text);
            if (e.Type == EntityType.Organization && StartsWithParticle(e.Text) && byName.TryGetValue(key, out int earlier)
                || e.Type <= EntityType.Misc && byName.TryGetValue(key, out earlier) && result[earlier].Type == EntityType.Organization && StartsWithParticle(result[earlier].Text))
            {
                var first = result[earlier];
                var keep = first.Type == EntityType.Organization ? first : e;
                var mentions = first.Mentions.Concat(e.Mentions).OrderBy(m => m.Start).Select(m => m with { Type = EntityType.Organization }).ToArray();
                result[earlier] = keep with { Type = EntityType.Organization, Mentions = mentions, Salience = Math.Max(first.Salience, e.Salience) };
                continue;
            }
            if (e.Type <= EntityType.Misc) byName.TryAdd(key, result.Count);
            result.Add(e);
        }
        return result;
    }

    // Folded, with the particle's joiner as a space: "Al-Qaeda" = "al Qaeda".
    private static string Key(string name) => TextFolding.Fold(name.Replace('-', ' '));

    private static bool StartsWithParticle(string name) =>
        name.Length > 3 && (name[2] is ' ' or '-') && name.AsSpan(0, 2) is "al" or "Al" or "el" or "El";

    /// <summary>
    /// Where a particle written right before a name at <paramref name="nameStart"/> begins ("al-", "al ", "Al-",
    /// "el-"), or -1. A capitalised "Al " is left alone: it is also a given name ("Al Gore").
    /// </summary>
    internal static int ParticleStart(string text, int nameStart)
    {
        int at = nameStart - 3;
        if (at < 0 || !char.IsUpper(text[nameStart])) return -1;
        char joiner = text[nameStart - 1];
        var particle = text.AsSpan(at, 2);
        bool lower = particle is "al" or "el", upper = particle is "Al" or "El";
        if (!(joiner == '-' && (lower || upper) || joiner == ' ' && lower)) return -1;
        return at == 0 || !char.IsLetterOrDigit(text[at - 1]) ? at : -1;
    }

    // True when a capitalised word ends at `end` or one space before it ("Bashar al-Assad").
    private static bool CapitalisedWordEndsAt(string text, int end)
    {
        if (end >= 0 && text[end] == ' ') end--;
        int start = end;
        while (start >= 0 && char.IsLetter(text[start])) start--;
        return start < end && char.IsUpper(text[start + 1]);
    }
}
