namespace NewsNlp.Entities;

/// <summary>
/// Groups the mentions of one article into entities: the same name in any case or accents ("Ciudad
/// Juarez" = "Ciudad Juárez"), a surname or shorter tail of a full name ("Sheinbaum", "López Obrador"), a
/// given name that begins one person's name only ("Serena" of "Serena Williams"), acronyms of longer
/// names in the article ("U.S." = "United States", "UN" = "United Nations"), and an organisation by the start of
/// its name or, after "the", by its last word ("Halvorsen" of "Halvorsen Foods plc", "the Commission").
/// Titles ("President"), a leading "the" and possessive endings are trimmed from mentions. Each entity
/// gets its most complete, properly accented form and a salience score. Deterministic.
/// </summary>
public static class EntityLinker
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gov", "gov.", "governor", "sen", "sen.", "senator",
        "rep", "rep.", "representative", "gen", "gen.", "general", "secretary", "minister", "prime", "chancellor", "king", "queen",
        "prince", "princess", "pope", "judge", "justice", "mayor", "sir", "lord", "lady", "coach", "chief", "commissioner",
        "ambassador", "premier", "sheikh", "col", "col.", "capt", "capt.", "lt", "lt.", "sgt", "sgt.", "prof", "prof.", "professor",
        "former", "first", "lady", "attorney", "speaker", "leader",
        // Council, police and clergy, as British, Irish, Indian and American news write them ("Cllr Nandakumar", "Rabbi Klein").
        "cllr", "councillor", "councilor", "councilman", "councilwoman", "alderman", "inspector", "detective", "det", "det.",
        "constable", "superintendent", "rabbi", "imam", "pandit", "rev", "rev.", "reverend", "rt", "rt.", "bishop", "archbishop",
        "pastor", "ayatollah", "mufti", "dame", "baroness", "emir",
    };

    /// <summary>True for a title written before a person's name ("President", "Sen.", "Dr."), any case.</summary>
    internal static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "del", "la", "du", "&" };

    private sealed class Group
    {
        public required List<int> Members;
        public required string[] Words;     // folded words of the name the group was formed on
        public bool Merged;
    }

    /// <summary>
    /// Links <paramref name="mentions"/> (any order) of <paramref name="text"/> into entities, most salient first.
    /// </summary>
    /// <param name="text">The document text the mentions point into.</param>
    /// <param name="mentions">Named and value mentions; they must not overlap.</param>
    /// <param name="title">The article's headline, or null: entities named in it are more salient.</param>
    /// <param name="leadEnd">Offset where the lead (the opening sentences) ends.</param>
    public static IReadOnlyList<Entity> Link(string text, IReadOnlyList<EntityMention> mentions, string? title, int leadEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return Link(text, mentions, title, leadEnd, text.Length);
    }

    /// <summary>
    /// Links mentions of a text whose first <paramref name="bodyEnd"/> characters are the document; mentions past
    /// it (in captions appended after it) take part in linking and naming but are not reported. A name found
    /// only inside <paramref name="notAlone"/> (character ranges of headings and captions) is not reported
    /// either, though its mentions there are when the body names it too: headline-case lines ("Refineries Shut
    /// Down") are where the tagger errs most, and a caption's only new name is usually the photographer's. A one-word
    /// name the tagger called a place links to a person's surname only when <paramref name="knownPlace"/> (a gazetteer)
    /// says it names no place ("Okafor" of "Daniel Okafor", not "Washington").
    /// </summary>
    internal static IReadOnlyList<Entity> Link(string text, IReadOnlyList<EntityMention> mentions, string? title, int leadEnd, int bodyEnd,
        IReadOnlyList<(int Start, int End)>? notAlone = null, Func<string, bool>? knownPlace = null)
    {
        var trimmed = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            var t = Trim(text, m);
            if (t.Length > 0) trimmed.Add(t);
        }
        trimmed.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (trimmed.Count == 0) return [];

        // 1. Same folded name (periods dropped: "U.S." = "US"): one group, whatever types the tagger gave.
        // Folded words of each mention, computed once: everything below compares these.
        var words = new string[trimmed.Count][];
        var joined = new string[trimmed.Count];
        for (int i = 0; i < trimmed.Count; i++)
        {
            words[i] = FoldedWords(text, trimmed[i]);
            joined[i] = string.Join(' ', words[i]);
        }
        var groups = new List<Group>();
        // Named mentions group whatever their type; a value groups with values of its own type only.
        var byKey = new Dictionary<(EntityType? Value, string Name), int>();
        for (int i = 0; i < trimmed.Count; i++)
        {
            var m = trimmed[i];
            var key = (m.Type <= EntityType.Misc ? (EntityType?)null : m.Type, m.Type <= EntityType.Misc ? FormerName(joined[i]) : joined[i]);
            if (byKey.TryGetValue(key, out int g)) groups[g].Members.Add(i);
            else
            {
                byKey[key] = groups.Count;
                groups.Add(new Group { Members = [i], Words = words[i] });
            }
        }

        // An acronym the article defines in brackets right after an organisation's name, "the Tenants' Front (FDI)", "the
        // National Institute for Health and Care Excellence (NICE)", "the Indonesian Democratic Party of Struggle (PDI-P)",
        // stands for it whatever its letters (a translation's, a short form's), and so does a short name in brackets that is
        // no place ("the European Chemical Industry Council (Cefic)"). (Not after a place, nor after "in", "of" or "for": the
        // tagger may have cut "al Qaeda in the Islamic Maghreb (AQIM)" short.)
        var definedAs = new Dictionary<string, int>();
        for (int i = 1; i < trimmed.Count; i++)
        {
            var m = trimmed[i];
            var before = trimmed[i - 1];
            if (m.Type > EntityType.Misc || before.Type is not (EntityType.Organization or EntityType.Misc) || words[i - 1].Length < 2) continue;
            if (m.Start < 2 || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')' || before.End != m.Start - 2) continue;
            bool shortName = words[i].Length == 1 && m.Type != EntityType.Location && char.IsUpper(text[m.Start]);
            if (!(IsAcronym(text, m, joined[i]) || shortName) || AfterLinkingWord(text, before.Start)) continue;
            definedAs.TryAdd(joined[i], byKey[(null, joined[i - 1])]);
        }
        // So does a name the article gives it in an appositive: "the Oswaldo Cruz Foundation, known as Fiocruz", "the National
        // Liberation Army, a leftist guerrilla group known by its Spanish initials, ELN" (other names may stand between).
        for (int i = 1; i < trimmed.Count; i++)
        {
            var m = trimmed[i];
            if (m.Type > EntityType.Misc || words[i].Length != 1 || !char.IsUpper(text[m.Start])) continue;
            for (int k = i - 1; k >= Math.Max(0, i - 3); k--)
            {
                var named = trimmed[k];
                if (named.Type is not (EntityType.Organization or EntityType.Misc) || words[k].Length < 2) continue;
                // (After "in" or "for" the tagger may have cut a longer name short; "a stronghold of the …" is common.)
                if (IsKnownAs(text.AsSpan(named.End, m.Start - named.End)) && !AfterLinkingWord(text, named.Start, countOf: false))
                    definedAs.TryAdd(joined[i], byKey[(null, joined[k])]);
                break;
            }
        }

        // 2. Shorter names into longer ones: a person's surname or tail, an acronym of a multi-word name.
        // Candidates come from two indexes (every proper tail of a person's name; the initials of every
        // multi-word name), so an article with many distinct names links in linear time, not quadratic.
        var groupTypes = groups.Select(x => MajorityType(trimmed, x.Members)).ToArray();
        var byTail = new Dictionary<string, List<int>>();
        var byInitials = new Dictionary<string, List<int>>();
        var byGiven = new Dictionary<string, List<int>>();
        var byOrganisationStart = new Dictionary<string, List<int>>();
        var byOrganisationHead = new Dictionary<string, List<int>>();
        var byPlaceName = new Dictionary<string, List<int>>();
        var byOrganisationTail = new Dictionary<string, List<int>>();
        var byFirstSurname = new Dictionary<string, List<int>>();
        var byFirstPartner = new Dictionary<string, List<int>>();
        for (int h = 0; h < groups.Count; h++)
        {
            var w = groups[h].Words;
            if (groupTypes[h] > EntityType.Misc || w.Length < 2) continue;
            if (groupTypes[h] == EntityType.Organization)
            {
                // (A company's name by its legal form: "Ferguson Police Department" and "Republican National Committee" start
                // with names of other things.)
                if (IsCompanyForm(w[^1]))
                    for (int length = 1; length < w.Length; length++) Add(byOrganisationStart, string.Join(' ', w, 0, length), h);
                else if (w.Length >= 3 && w[1] == "&") Add(byFirstPartner, w[0], h);
                // Any organisation's last two words or more: "Gates Foundation" of "Bill & Melinda Gates Foundation", "Justice
                // Department" of "U.S. Justice Department" (for short forms tagged as organisations). Not its first words, which
                // often name another body: "United Nations" of "United Nations Security Council", "Columbia University" of its
                // medical center.
                // (Nor "Supreme Court" or "Air Force", which name a nation's as often as a state's court or a base.)
                for (int from = 1; from <= w.Length - 2; from++)
                {
                    string tail = string.Join(' ', w, from, w.Length - from);
                    if (tail is not ("supreme court" or "air force")) Add(byOrganisationTail, tail, h);
                }
                Add(byOrganisationHead, w[^1], h);
            }
            if (groupTypes[h] == EntityType.Location && IsKindOfPlace(w[^1])) Add(byPlaceName, string.Join(' ', w, 0, w.Length - 1), h);
            if (groupTypes[h] == EntityType.Person)
            {
                for (int from = 1; from < w.Length; from++) Add(byTail, string.Join(' ', w, from, w.Length - from), h);
                // "Downey" is "Robert Downey Jr." too: the tails without the suffix.
                if (w.Length >= 3 && Tokenization.Abbreviations.IsGenerationalSuffix(w[^1]))
                    for (int from = 1; from < w.Length - 1; from++) Add(byTail, string.Join(' ', w, from, w.Length - 1 - from), h);
                Add(byGiven, w[0], h);
                if (FirstSurname(w) is { } surname) Add(byFirstSurname, surname, h);
            }
            if (Initials(w) is { } initials) Add(byInitials, initials, h);
            // "PSC" of "Georgia Public Service Commission": an organisation's initials without the place it belongs to.
            if (groupTypes[h] == EntityType.Organization && w.Length >= 4 && Initials(w[1..]) is { Length: >= 3 } local) Add(byInitials, local, h);
        }
        var candidates = new List<int>();
        for (int g = 0; g < groups.Count; g++)
        {
            var short_ = groups[g];
            var type = groupTypes[g];
            if (type > EntityType.Misc) continue;
            candidates.Clear();
            if ((type != EntityType.Location || short_.Words.Length == 1 && knownPlace?.Invoke(joined[short_.Members[0]]) == false)
                && byTail.TryGetValue(joined[short_.Members[0]], out var tails)) candidates.AddRange(tails);
            if (definedAs.TryGetValue(joined[short_.Members[0]], out int definer)) candidates.Add(definer);
            else if (short_.Words.Length == 1 && byInitials.TryGetValue(short_.Words[0], out var named)
                && IsAcronym(text, trimmed[short_.Members[0]], short_.Words[0])) candidates.AddRange(named);
            // A person's given name alone ("Serena" after "Serena Williams"), when it begins one person's name only and
            // ends none ("Venus Williams" and "Serena Williams": "Williams" stays apart, each given name links).
            if (candidates.Count == 0 && type == EntityType.Person && short_.Words.Length == 1 && byGiven.TryGetValue(short_.Words[0], out var given)
                && given.Count == 1 && !byTail.ContainsKey(short_.Words[0])) candidates.Add(given[0]);
            // The first of two surnames alone ("Restrepo" of "María Fernanda Restrepo Uribe"), when one person is named so and
            // no one's name starts with the word ("Yoon" is Yoon Myeong's, not Jang Yoon Seok's).
            if (candidates.Count == 0 && type == EntityType.Person && short_.Words.Length == 1 && !byGiven.ContainsKey(short_.Words[0])
                && byFirstSurname.TryGetValue(short_.Words[0], out var surnames) && surnames.Count == 1) candidates.Add(surnames[0]);
            // A company by the start of its name ("Halvorsen" and "Halvorsen Foods" of "Halvorsen Foods plc"), an organisation
            // by its last words ("Justice Department") or, after "the", by its last word ("the Commission" of "European
            // Commission"; a club's without it: "Rovers"): when one organisation of the article is named so, the short form
            // was tagged a person's or an organisation's name (not a place, "Washington" of "Washington Post", nor a
            // nationality), and is no word many names start with ("National").
            if (candidates.Count == 0 && type is EntityType.Organization or EntityType.Person)
            {
                if (byOrganisationStart.TryGetValue(joined[short_.Members[0]], out var starts) && starts.Count == 1 && !IsGenericNameStart(short_.Words[0]))
                    candidates.Add(starts[0]);
                else if (type == EntityType.Organization && byOrganisationTail.TryGetValue(joined[short_.Members[0]], out var endings) && endings.Count == 1)
                    candidates.Add(endings[0]);
                // ("Pratt" of "Pratt & Whitney", "Marks" of "Marks & Spencer": a firm named after partners, by the first, when
                // the tagger saw an organisation in it; "Black" of "Black & Blue" may be anything.)
                else if (type == EntityType.Organization && short_.Words.Length == 1 && byFirstPartner.TryGetValue(short_.Words[0], out var partners)
                    && partners.Count == 1)
                    candidates.Add(partners[0]);
                else if (short_.Words.Length == 1 && byOrganisationHead.TryGetValue(short_.Words[0], out var heads) && heads.Count == 1
                    && (IsClubWord(short_.Words[0]) || short_.Members.TrueForAll(i => AfterThe(text, trimmed[i].Start))))
                    candidates.Add(heads[0]);
            }
            // "the Atacama" of "Atacama Desert", "the Hudson" of "Hudson River": a place by its name without its kind, when one
            // place of the article is named so, the gazetteer knows no place of that name alone ("Mississippi" is the state's
            // too) and every mention has the article such short forms take ("reached Savannah" is the city, not the river);
            // an island's needs none ("Kish" of "Kish Island").
            if (candidates.Count == 0 && type == EntityType.Location && byPlaceName.TryGetValue(joined[short_.Members[0]], out var places)
                && places.Count == 1 && knownPlace?.Invoke(joined[short_.Members[0]]) == false
                && (groups[places[0]].Words[^1] is "island" or "islands" || short_.Members.TrueForAll(i => AfterThe(text, trimmed[i].Start))))
                candidates.Add(places[0]);
            int target = -1;
            foreach (int h in candidates)
            {
                // Any order gives the same target: Better is a total order on groups that still have members.
                if (h == g || groups[h].Merged) continue;
                if (target < 0 || Better(groups[h], groups[target])) target = h;
            }
            if (target >= 0)
            {
                groups[target].Members.AddRange(short_.Members);
                short_.Merged = true;
                short_.Members.Clear();
            }
        }

        // 3. Canonical form, type and salience.
        (int Start, int End)[] alone = notAlone is null ? [] : [.. notAlone.OrderBy(r => r.Start)];   // paragraphs: they never overlap
        int maxMentions = Math.Max(1, groups.Max(x => x.Members.Count(i => trimmed[i].Start < bodyEnd)));
        string foldedTitle = title is null ? "" : " " + string.Join(' ', SplitWords(TextFolding.Fold(title))) + " ";
        var entities = new List<(Entity Entity, int First)>();
        var complete = new List<int>();
        foreach (var group in groups)
        {
            if (group.Members.Count == 0) continue;
            group.Members.Sort();
            // Mentions are sorted by start, so the group's mentions in the body come first.
            var all = group.Members;
            int bodyCount = 0;
            while (bodyCount < all.Count && trimmed[all[bodyCount]].Start < bodyEnd) bodyCount++;
            if (bodyCount == 0) continue;
            if (alone.Length > 0 && AllInside(alone, trimmed, all, bodyCount)) continue;
            // The canonical form: most words, then most accents ("Juárez" over "Juarez"), then mixed case over
            // capitals, then the longest, then the first; one pass, the first of equals kept.
            int best = all[0];
            for (int k = 1; k < all.Count; k++)
                if (CanonicalFirst(text, trimmed[all[k]], words[all[k]].Length, trimmed[best], words[best].Length) < 0) best = all[k];
            var canonical = trimmed[best];
            // The most complete mentions decide the type: "Trump" alone is easier to mistype than "Donald Trump".
            int longest = words[best].Length;
            complete.Clear();
            foreach (int i in all) if (words[i].Length == longest) complete.Add(i);
            var type = MajorityType(trimmed, complete, canonical.Type);
            string canonicalText = CollapseSpaces(text.AsSpan(canonical.Start, canonical.Length));
            // "… in the U.S. Though …": the sentence took the abbreviation's last period; the name keeps it ("U.S.", not "U.S").
            if (canonical.End < text.Length && text[canonical.End] == '.' && canonicalText.Length > 2 && canonicalText[^2] == '.'
                && char.IsLetter(canonicalText[^1])) canonicalText += ".";
            var canonicalWords = words[best];
            bool inTitle = foldedTitle.Length > 0 && (group.Members.Exists(i => trimmed[i].Start < bodyEnd && ContainsWords(foldedTitle, joined[i]))
                || type == EntityType.Person && canonicalWords.Length > 0 && ContainsWords(foldedTitle, canonicalWords[^1]));
            var spans = new EntityMention[bodyCount];
            for (int k = 0; k < bodyCount; k++) spans[k] = trimmed[all[k]] with { Type = type };
            bool inLead = spans[0].Start < leadEnd;
            double frequency = Math.Log(1 + spans.Length) / Math.Log(1 + maxMentions);
            double position = 1 - spans[0].Start / (double)Math.Max(1, bodyEnd);
            double salience = 0.45 * frequency + 0.2 * position + 0.2 * (inTitle ? 1 : 0) + 0.15 * (inLead ? 1 : 0);
            if (type > EntityType.Misc) salience *= 0.5;   // numbers and dates support a story; names carry it
            salience = Math.Round(Math.Clamp(salience, 0, 1), 4);
            entities.Add((new Entity(canonicalText, type, spans, salience), spans[0].Start));
        }
        return entities
            .OrderByDescending(e => e.Entity.Salience)
            .ThenBy(e => e.First)
            .ThenBy(e => e.Entity.Text, StringComparer.Ordinal)
            .Select(e => e.Entity)
            .ToArray();
    }

    /// <summary>
    /// The word before the last of a person's name of three words or more (folded), when it may be the first of two
    /// surnames, as Spanish and Portuguese names have them: "Restrepo" of "María Fernanda Restrepo Uribe", "López" of
    /// "Andrés Manuel López Obrador", by which news calls them. Not a given name ("Paul" of "John Paul Jones"), an
    /// initial or a particle ("bin" of "Mohammed bin Salman"); a generational suffix does not count as the last word.
    /// </summary>
    private static string? FirstSurname(string[] words)
    {
        int last = words.Length - 1;
        if (last >= 2 && Tokenization.Abbreviations.IsGenerationalSuffix(words[last])) last--;
        if (last < 2) return null;
        string word = words[last - 1];
        if (word.Length < 3 || word.Contains('.') || IsParticle(word)) return null;
        return GivenNames.Contains(char.ToUpperInvariant(word[0]) + word[1..]) ? null : word;
    }

    private static bool IsParticle(string foldedWord) => foldedWord is "del" or "della" or "der" or "den" or "dos" or "das" or "van"
        or "von" or "bin" or "ibn" or "bint" or "abu" or "los" or "las" or "ter" or "ten" or "san" or "santa" or "st";

    /// <summary>
    /// The name a country or capital went by until recently, for one that news still writes both ways ("Türkiye" and
    /// "Turkey", "Kyiv" and "Kiev"), so that both are one place; any other folded name as it is.
    /// </summary>
    private static string FormerName(string folded) => folded switch
    {
        "turkiye" => "turkey",
        "kyiv" => "kiev",
        "czechia" => "czech republic",
        "eswatini" => "swaziland",
        "cabo verde" => "cape verde",
        "cote d'ivoire" or "cote d\u2019ivoire" => "ivory coast",
        "timor-leste" => "east timor",
        "kharkiv" => "kharkov",
        "odesa" => "odessa",
        _ => folded,
    };

    // Words many organisations' names start with: alone they name none of them.
    private static readonly HashSet<string> GenericNameStarts = new(StringComparer.Ordinal)
    {
        "national", "united", "new", "american", "general", "international", "royal", "first", "world", "central", "federal",
        "state", "north", "south", "east", "west", "european", "british", "global", "university", "bank", "department",
        "ministry", "office", "council", "court", "house", "supreme", "us", "uk", "un", "eu", "st", "saint", "san", "santa",
    };

    // The legal form that ends a company's name, folded and without periods, or the trade it names ("Northlight Pictures",
    // "Harlow Foods"), after which a company's own first word names it; and "University" ("Lakeshore" of "Lakeshore University").
    private static bool IsCompanyForm(string foldedWord) => foldedWord is "inc" or "corp" or "corporation" or "ltd" or "plc" or "llc"
        or "gmbh" or "ag" or "sa" or "nv" or "bv" or "spa" or "co" or "holdings" or "group" or "limited" or "incorporated"
        or "pictures" or "studios" or "airlines" or "airways" or "motors" or "foods" or "systems" or "technologies" or "pharmaceuticals"
        or "entertainment" or "records" or "robotics" or "industries" or "brands" or "electronics" or "networks" or "communications"
        or "energy" or "solutions" or "air" or "mobile" or "securities" or "capital" or "telecom" or "media" or "software" or "labs"
        or "ventures" or "bancorp" or "university" or "health" or "aerospace" or "cloud" or "analytics" or "therapeutics"
        or "minerals" or "mining" or "resources" or "metals" or "petroleum" or "shipping" or "logistics" or "chemicals"
        or "agrochemicals" or "biotech" or "materials" or "construction"
        // A football club's initials: "Harbor City" of "Harbor City FC".
        or "fc" or "f.c." or "afc" or "cf" or "sc"
        || IsClubWord(foldedWord) && foldedWord != "city";

    // The kind of place that ends a place's name, which the name also goes by alone ("the Atacama", "the Amazon").
    private static bool IsKindOfPlace(string foldedWord) => foldedWord is "desert" or "river" or "mountains" or "range" or "island"
        or "islands" or "peninsula" or "valley" or "canyon" or "glacier" or "basin" or "strait" or "delta" or "plateau" or "sea"
        or "ocean" or "forest" or "falls";

    // The second word of a football club's name ("Ashford Rovers", "Manchester City"), by which reports also call the club
    // ("Rovers' keeper", "City led at half-time"); its first word names the club too ("Ashford"), though not before "City",
    // where it is often the town's ("Ferguson" of "Ferguson City").
    private static bool IsClubWord(string foldedWord) =>
        foldedWord is "rovers" or "united" or "city" or "athletic" or "wanderers" or "albion" or "hotspur" or "rangers";

    private static bool IsGenericNameStart(string foldedWord) => foldedWord.Length < 3 || GenericNameStarts.Contains(foldedWord);

    // "in", "of" (unless not counted) or "for", with or without "the", right before the mention: it may end a longer name.
    private static bool AfterLinkingWord(string text, int start, bool countOf = true)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4];
        return before.EndsWith(" in", StringComparison.Ordinal) || countOf && before.EndsWith(" of", StringComparison.Ordinal)
            || before.EndsWith(" for", StringComparison.Ordinal);
    }

    // "the" (any case) right before the mention.
    private static bool AfterThe(string text, int start) =>
        start >= 4 && text[start - 1] == ' ' && text.AsSpan(start - 4, 3).Equals("the", StringComparison.OrdinalIgnoreCase)
        && (start == 4 || !char.IsLetter(text[start - 5]));

    /// <summary>Negative when <paramref name="a"/> makes a better canonical form than <paramref name="b"/>.</summary>
    private static int CanonicalFirst(string text, EntityMention a, int aWords, EntityMention b, int bWords)
    {
        ReadOnlySpan<char> x = text.AsSpan(a.Start, a.Length), y = text.AsSpan(b.Start, b.Length);
        int c = bWords.CompareTo(aWords);
        if (c == 0) c = NonAscii(y).CompareTo(NonAscii(x));
        if (c == 0) c = HasLowerCase(y).CompareTo(HasLowerCase(x));
        if (c == 0) c = b.Length.CompareTo(a.Length);
        return c != 0 ? c : a.Start.CompareTo(b.Start);
    }

    private static bool Better(Group a, Group b) =>
        a.Members.Count != b.Members.Count ? a.Members.Count > b.Members.Count : a.Members.Min() < b.Members.Min();

    /// <summary>Drops titles, a leading "the" and a possessive ending from a named mention.</summary>
    private static EntityMention Trim(string text, EntityMention m)
    {
        int start = m.Start, end = m.End;
        while (start < end && char.IsWhiteSpace(text[end - 1])) end--;
        // Possessive ending: "Sheinbaum's", "Sheinbaum’s", "Reyes'".
        if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019') end -= 2;
        else if (end - start > 1 && text[end - 1] is '\'' or '\u2019') end--;
        while (start < end && char.IsWhiteSpace(text[end - 1])) end--;
        var type = m.Type;
        if (type <= EntityType.Misc)
        {
            while (true)
            {
                int space = text.AsSpan(start, end - start).IndexOf(' ');
                if (space < 0) break;
                var first = text.AsSpan(start, space);
                // "Rabbi Stone" the tagger called an organisation: a title only people bear makes it a person.
                if (type != EntityType.Person && IsPersonOnlyTitle(first)) type = EntityType.Person;
                bool drop = type == EntityType.Person && IsTitle(first)
                    || type != EntityType.Person && first.Equals("the", StringComparison.OrdinalIgnoreCase);
                if (!drop) break;
                start += space + 1;
            }
        }
        return new EntityMention(start, end, type);
    }

    // Titles no organisation's or place's name starts with (unlike "Queen Mary University", "Dr Pepper", "Prince Albert").
    private static bool IsPersonOnlyTitle(ReadOnlySpan<char> word) => word is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Cllr"
        or "Councillor" or "Rabbi" or "Imam" or "Pandit" or "Reverend" or "Pastor" or "Detective";

    /// <summary>The mention's words, folded and without periods ("U.S." → "us"), in a buffer rather than one string per step.</summary>
    private static string[] FoldedWords(string text, EntityMention m)
    {
        var source = text.AsSpan(m.Start, m.Length);
        Span<char> folded = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        int n = 0;
        foreach (char c in source)
        {
            char f = TextFolding.Fold(c);
            if (f != '.') folded[n++] = f;
        }
        return SplitWords(folded[..n]);
    }

    private static string[] SplitWords(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> separators = [' ', '\n', '\t', '\r', '-'];
        int count = 0;
        foreach (var range in s.SplitAny(separators)) if (!s[range].IsEmpty) count++;
        var words = new string[count];
        int k = 0;
        foreach (var range in s.SplitAny(separators))
            if (!s[range].IsEmpty) words[k++] = new string(s[range]);
        return words;
    }

    /// <summary>True when the first <paramref name="count"/> of <paramref name="members"/> all start inside <paramref name="ranges"/>.</summary>
    private static bool AllInside((int Start, int End)[] ranges, List<EntityMention> mentions, List<int> members, int count)
    {
        for (int k = 0; k < count; k++)
            if (!Inside(ranges, mentions[members[k]].Start)) return false;
        return true;
    }

    /// <summary>True when <paramref name="offset"/> falls in one of <paramref name="ranges"/> (sorted, not overlapping).</summary>
    private static bool Inside((int Start, int End)[] ranges, int offset)
    {
        int lo = 0, hi = ranges.Length - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ranges[mid].Start <= offset) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return last >= 0 && offset < ranges[last].End;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int group)
    {
        if (index.TryGetValue(key, out var list)) list.Add(group);
        else index[key] = [group];
    }

    /// <summary>The initials of a multi-word name's main words ("us" for "united states"), or null when too long to be an acronym.</summary>
    private static string? Initials(string[] words)
    {
        Span<char> initials = stackalloc char[6];
        int k = 0;
        foreach (var word in words)
        {
            if (Minor.Contains(word)) continue;
            if (k == initials.Length) return null;
            initials[k++] = word[0];
        }
        return k >= 2 ? new string(initials[..k]) : null;
    }

    /// <summary>
    /// True for the words between a name and another it is known by: a comma, at most a short appositive, then "known as"
    /// or "… initials," / "… acronym," (", known as ", ", a rebel group known by its Spanish initials, "); no sentence ends.
    /// </summary>
    private static bool IsKnownAs(ReadOnlySpan<char> between)
    {
        if (between.Length is < 10 or > 90 || between[0] != ',' || between.IndexOfAny(".;:!?()\n") >= 0) return false;
        var end = between.TrimEnd();
        return end.EndsWith(" known as", StringComparison.Ordinal) || end.EndsWith(" initials,", StringComparison.Ordinal)
            || end.EndsWith(" acronym,", StringComparison.Ordinal) || end.EndsWith(" abbreviation,", StringComparison.Ordinal);
    }

    /// <summary>"US", "NATO": a short mention written in capitals, which may spell the initials of a longer name.</summary>
    private static bool IsAcronym(string text, EntityMention mention, string folded)
    {
        if (folded.Length is < 2 or > 6) return false;
        foreach (char c in text.AsSpan(mention.Start, mention.Length))
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static EntityType MajorityType(List<EntityMention> mentions, List<int> members, EntityType? preferred = null)
    {
        Span<int> votes = stackalloc int[16];
        foreach (int i in members) votes[(int)mentions[i].Type]++;
        int best = preferred is { } p ? (int)p : (int)mentions[members[0]].Type;
        for (int t = 0; t < 10; t++) if (votes[t] > votes[best]) best = t;
        return (EntityType)best;
    }

    private static bool HasLowerCase(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static int NonAscii(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (c > 127 && char.IsLetter(c)) n++;
        return n;
    }

    /// <summary>True when <paramref name="words"/> occurs in <paramref name="spaced"/> (" words … ") between spaces.</summary>
    private static bool ContainsWords(string spaced, string words)
    {
        if (words.Length == 0) return false;
        for (int at = spaced.IndexOf(words, 1, StringComparison.Ordinal); at > 0; at = spaced.IndexOf(words, at + 1, StringComparison.Ordinal))
            if (spaced[at - 1] == ' ' && at + words.Length < spaced.Length && spaced[at + words.Length] == ' ') return true;
        return false;
    }

    /// <summary>The text with runs of spaces, tabs and line breaks made one space, and none at either end.</summary>
    private static string CollapseSpaces(ReadOnlySpan<char> s)
    {
        var builder = new System.Text.StringBuilder(s.Length);
        foreach (var range in s.SplitAny(' ', '\n', '\t', '\r'))
        {
            if (s[range].IsEmpty) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(s[range]);
        }
        return builder.ToString();
    }
}
