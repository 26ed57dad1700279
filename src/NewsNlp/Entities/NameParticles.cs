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
/// After linking and salience; unlike the type rules it removes and joins mentions, so the sentence ranker's
/// entity-salience feature moves in the few articles it touches (the ranker is trained on its output).
/// </summary>
internal static class NameParticles
{
    /// <summary>
    /// The entities with name particles restored; the same list when none applies. <paramref name="knownType"/>
    /// gives the one type a gazetteer knows a name under, if any: a bare "al-X" it knows as a person stays one.
    /// </summary>
    public static IReadOnlyList<Entity> Apply(string text, IReadOnlyList<Entity> entities, Func<string, EntityType?>? knownType = null)
    {
        // Every name mention, by start and by end, with its entity: a particle may be a mention of its own ("Al" of
        // "Al-Shabaab") or the end of one ("Salem Al" of "Salem Al-Hashash"), and a given name may be one right
        // before it ("Bashar" of "Bashar al-Assad").
        var byEnd = new Dictionary<int, (int Start, int Entity)>();
        var byStart = new Dictionary<int, (int End, int Entity)>();
        var names = new List<(int Start, int End)>();
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].Type <= EntityType.Misc)
                foreach (var m in entities[i].Mentions)
                {
                    byEnd.TryAdd(m.End, (m.Start, i));
                    byStart.TryAdd(m.Start, (m.End, i));
                    names.Add((m.Start, m.End));
                }
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
                // Mentions of other entities this one takes in (their entities lose them below).
                var folded = new List<(int Start, int End)>(2);
                bool person = false, joinedEnding = false;
                if (byStart.TryGetValue(start, out var particle) && particle.End <= m.Start) folded.Add((start, particle.End));
                if (byEnd.TryGetValue(start + 2, out var ending) && ending.Start < start)
                {
                    // "Salem Al" + "Hashash": the tagger took the particle as the end of the name before it.
                    folded.Add((ending.Start, start + 2));
                    start = ending.Start;
                    person = entities[ending.Entity].Type == EntityType.Person || e.Type == EntityType.Person;
                    joinedEnding = true;
                }
                // A name right before the particle: one person's name when either part is a person's ("Haider
                // al-Abadi"); otherwise a name of its own ("Somali al Qaeda"). A capitalised word the tagger left
                // out ("Bashar") still makes the particle part of a personal name.
                var before = (Start: -1, Entity: -1);
                bool nameBefore = !joinedEnding && start >= 2 && text[start - 1] == ' ' && byEnd.TryGetValue(start - 1, out before);
                bool personBefore = nameBefore && (entities[before.Entity].Type == EntityType.Person || e.Type == EntityType.Person);
                if (personBefore && ParticleStart(text, before.Start) < 0)
                {
                    folded.Add((before.Start, start - 1));
                    start = before.Start;
                    person = true;
                }
                // Never over a mention this one does not take in: mentions do not overlap.
                if (names.Exists(n => n.Start < m.Start && n.End > start && n != (m.Start, m.End) && !folded.Contains(n))) continue;
                absorbed.UnionWith(folded);
                joined |= person || personBefore;   // a person's surname, joined to the given name or not
                afterGivenName |= joinedEnding || person || personBefore || !nameBefore && CapitalisedWordEndsAt(text, start - 1);
                mentions ??= [.. e.Mentions];
                mentions[k] = m with { Start = start };
                // The entity's own name, spelled as this mention spells it, with its particle (and given name).
                if (particleForm is null && text.AsSpan(m.Start, m.Length).SequenceEqual(e.Text))
                    particleForm = text[start..m.End];
            }
            if (mentions is null) continue;
            // Retyped only when every mention of the name is the bare "al-X": not "Ayman al-Zawahiri … al-Zawahiri".
            // (Not a name a gazetteer knows as a person's: "al-Assad" alone is still Assad.)
            var type = !afterGivenName && particleForm is not null && knownType?.Invoke(e.Text) != EntityType.Person ? EntityType.Organization
                : joined ? EntityType.Person : e.Type;
            changed ??= [.. entities];
            changed[i] = e with
            {
                Text = particleForm ?? e.Text,
                Type = type,
                Mentions = [.. mentions.Select(m => m with { Type = type })],
            };
        }
        return changed is null ? entities : JoinSameNames(WithoutAbsorbed(text, changed, m => absorbed.Contains((m.Start, m.End))));
    }

    // Lowercase particles inside European and Latin American names ("Chad le Clos", "Juan Martín del Potro", "Bill
    // de Blasio", "Ursula von der Leyen"), and the second word of a two-word one ("von der", "de la", "van den").
    // Not "la", "ten" or "ter" first: "à la Trump", "ten Americans".
    private static readonly HashSet<string> FirstParticles = new(StringComparer.Ordinal) { "de", "del", "della", "di", "du", "dos", "das", "da", "van", "von", "le", "bin", "es" };
    private static readonly HashSet<string> SecondParticles = new(StringComparer.Ordinal) { "der", "den", "la", "los", "las" };

    /// <summary>
    /// Names with a lowercase particle inside them. The tagger learned them from few examples and often cuts them at
    /// the particle: "Chad le Clos" came out as the place "Chad" and the person "Clos". A name mention written right
    /// after a particle that follows another name mention, one space apart each, is one name with it: a person's
    /// when the part before the particle is one, or when the part after is a person's name that the article also
    /// uses without the part before ("le Clos") or whose part before is known as a given name; otherwise of the type
    /// of the part before ("Villa Reale di Monza"; "Casal di Principe", written so every time, is a place), unless that
    /// is MISC ("Cirque du Soleil"). The mention before the particle goes, and an entity left without mentions with it.
    /// A name after a particle with no name before it ("As a boy, le Clos watched") takes the particle in. After
    /// linking, like <see cref="Apply"/>.
    /// </summary>
    /// <param name="text">The text the mentions index.</param>
    /// <param name="entities">The linked entities.</param>
    /// <param name="knownAsPerson">Whether a gazetteer knows a name as a person's, whatever else it knows it as.</param>
    public static IReadOnlyList<Entity> JoinInnerParticles(string text, IReadOnlyList<Entity> entities, Func<string, bool>? knownAsPerson = null)
    {
        var byEnd = new Dictionary<int, (int Entity, EntityMention Mention)>();
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].Type <= EntityType.Misc)
                foreach (var m in entities[i].Mentions) byEnd.TryAdd(m.End, (i, m));
        var absorbed = new HashSet<EntityMention>();
        Entity[]? changed = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type > EntityType.Misc) continue;
            EntityMention[]? mentions = null;
            string? fullName = null;
            EntityType? retype = null;   // the joined name's type, when it is not the entity's
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                int particles = InnerParticleStart(text, m.Start);
                if (particles < 0 || absorbed.Contains(m)) continue;
                int start = particles;
                var type = m.Type;
                if (particles >= 2 && text[particles - 1] == ' ' && byEnd.TryGetValue(particles - 1, out var before)
                    && before.Mention != m && !absorbed.Contains(before.Mention))
                {
                    start = before.Mention.Start;
                    absorbed.Add(before.Mention);
                    type = before.Mention.Type == EntityType.Person
                        || m.Type == EntityType.Person && (UsedAlone(text, e, m, byEnd) || knownAsPerson?.Invoke(text[before.Mention.Start..before.Mention.End]) == true)
                        ? EntityType.Person : before.Mention.Type == EntityType.Misc ? m.Type : before.Mention.Type;
                }
                else if (particles > 0 && char.IsLetterOrDigit(text[particles - 1])) continue;
                retype ??= type != m.Type ? type : null;
                mentions ??= [.. e.Mentions];
                mentions[k] = new EntityMention(start, m.End, type);
                if (fullName is null && start < particles && text.AsSpan(m.Start, m.Length).SequenceEqual(e.Text)) fullName = text[start..m.End];
            }
            if (mentions is null) continue;
            changed ??= [.. entities];
            var entityType = retype ?? e.Type;
            changed[i] = e with
            {
                Text = fullName ?? e.Text,
                Type = entityType,
                Mentions = [.. mentions.Select(m => m with { Type = entityType })],
            };
        }
        return changed is null ? entities : WithoutAbsorbed(text, changed, absorbed.Contains);
    }

    // True when the article also names e without the name before its particle ("le Clos", "Clos"): a surname, not
    // the tail of a place ("Casal di Principe" every time).
    private static bool UsedAlone(string text, Entity e, EntityMention joined, Dictionary<int, (int Entity, EntityMention Mention)> byEnd)
    {
        foreach (var other in e.Mentions)
            if (other != joined && !(InnerParticleStart(text, other.Start) is int p and >= 2 && text[p - 1] == ' ' && byEnd.ContainsKey(p - 1)))
                return true;
        return false;
    }

    /// <summary>
    /// Where the lowercase particles written right before a capitalised name at <paramref name="nameStart"/> begin
    /// ("le " of "le Clos", "von der " of "von der Leyen"), or -1.
    /// </summary>
    internal static int InnerParticleStart(string text, int nameStart)
    {
        if (nameStart < 3 || !char.IsUpper(text[nameStart]) || text[nameStart - 1] != ' ') return -1;
        // The lower-case word ending at end, and where it starts.
        int WordBefore(int end, out ReadOnlySpan<char> word)
        {
            int start = end;
            while (start > 0 && char.IsLower(text[start - 1])) start--;
            word = text.AsSpan(start, end - start);
            return start;
        }
        bool Opens(int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);
        int first = WordBefore(nameStart - 1, out var particle);
        if (SecondParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(particle) && first >= 2 && text[first - 1] == ' ')
        {
            int earlier = WordBefore(first - 1, out var firstWord);
            return FirstParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstWord) && Opens(earlier) ? earlier : -1;
        }
        return FirstParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(particle) && Opens(first) ? first : -1;
    }

    // Mentions now inside longer ones leave their entities; so does an entity left without any. One left with mentions
    // none of which spells its name ("Omar Nadim" whose full mention became "Omar Nadim al-Fendi") is named by its
    // longest remaining one.
    private static Entity[] WithoutAbsorbed(string text, Entity[] entities, Func<EntityMention, bool> absorbed)
    {
        for (int i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            if (e.Type > EntityType.Misc || !e.Mentions.Any(absorbed)) continue;
            EntityMention[] kept = [.. e.Mentions.Where(m => !absorbed(m))];
            string name = e.Text;
            if (kept.Length > 0 && !Array.Exists(kept, m => text.AsSpan(m.Start, m.Length).SequenceEqual(name)))
            {
                var longest = kept.MaxBy(m => m.Length);
                name = string.Join(' ', text[longest.Start..longest.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
            entities[i] = e with { Text = name, Mentions = kept };
        }
        return [.. entities.Where(e => e.Mentions.Count > 0)];
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
