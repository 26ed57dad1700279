using System.Buffers;
using System.Diagnostics;

namespace NewsNlp.Entities;

/// <summary>
/// The default <see cref="IEntityRecognizer"/>: the statistical PER/LOC/ORG/MISC tagger shipped in the
/// package (models/ner.bin, embedded), rules for numbers, money, percentages, dates, times and
/// quantities, and <see cref="EntityLinker"/> to group mentions. Thread-safe; the model is loaded once.
/// </summary>
public sealed class EntityRecognizer : IEntityRecognizer
{
    /// <summary>Name of the embedded model resource.</summary>
    public const string ModelResourceName = "NewsNlp.Models.ner.bin";

    private static readonly Lazy<EntityRecognizer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;

    private EntityRecognizer(NerModel model, TimeSpan loadTime)
    {
        _model = model;
        LoadTime = loadTime;
    }

    /// <summary>The recognizer with the embedded model, loaded on first use and shared by every thread.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt (the message names it).</exception>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>How long loading the model took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads a recognizer from a model file written by <c>newsnlp train ner</c>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names it).</exception>
    /// <exception cref="InvalidDataException">The file is not a valid model (the message names it).</exception>
    public static EntityRecognizer FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var clock = Stopwatch.StartNew();
        var model = NerModel.LoadFile(path);
        return new EntityRecognizer(model, clock.Elapsed);
    }

    private static EntityRecognizer LoadEmbedded()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidDataException($"The NER model resource '{ModelResourceName}' (models/ner.bin) is missing from the NewsNlp assembly.");
        var model = NerModel.Load(stream, $"{ModelResourceName} (models/ner.bin)", embedded: true);
        return new EntityRecognizer(model, clock.Elapsed);
    }

    /// <inheritdoc />
    public IReadOnlyList<Entity> Recognize(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = PeopleByGivenName(document.Text, FindMentions(document));
        int leadEnd = document.SentenceSpan.Length > 1 ? document.SentenceSpan[1].End
            : document.Paragraphs.Count > 0 ? document.Paragraphs[0].End : document.Text.Length;
        // Captions help linking and naming ("the United States" in a caption spells out the body's "U.S."), and
        // their mentions of a name the body has are reported; a name only a caption or a heading has is not
        // (a photographer's credit, a headline-case line the tagger misread).
        var notAlone = new List<(int Start, int End)>();
        bool captionsInText = false, hasBody = false;
        foreach (var paragraph in document.Paragraphs)
            if (paragraph.Kind is ParagraphKind.Caption or ParagraphKind.Heading)
            {
                notAlone.Add((paragraph.Start, paragraph.End));
                captionsInText |= paragraph.Kind == ParagraphKind.Caption;
            }
            else hasBody |= paragraph.Kind != ParagraphKind.Header;
        // A page of headings and captions only (a photo gallery) reports what it has.
        if (!hasBody) notAlone.Clear();
        // The cleaner places caption paragraphs after the body, so they were tagged with it.
        if (document.Captions.Count == 0 || captionsInText)
            return HeaderMentions.Add(document,
                AfterLinking(document.Text, EntityLinker.Link(document.Text, mentions, document.Title, leadEnd, document.StoryEnd, notAlone, KnownAsPlace)));
        // A document built elsewhere may list captions without their text: tag them after it.
        var combined = new System.Text.StringBuilder(document.Text);
        var all = new List<EntityMention>(mentions);
        foreach (var caption in document.Captions)
        {
            combined.Append("\n\n");
            int offset = combined.Length;
            combined.Append(caption);
            var captionDocument = new NewsDocument { Input = caption, Text = caption, Tokens = Tokenize(caption) };
            foreach (var m in FindMentions(captionDocument))
                if (m.Type <= EntityType.Misc) all.Add(new EntityMention(m.Start + offset, m.End + offset, m.Type));
        }
        string text = combined.ToString();
        return HeaderMentions.Add(document, AfterLinking(text, EntityLinker.Link(text, all, document.Title, leadEnd, document.StoryEnd, notAlone, KnownAsPlace)));
    }

    /// <summary>
    /// A name of two or three capitalised words that opens with a given name ("Donald Trump", "Kevin Bacon") is a person's,
    /// whatever place or organisation the tagger made of a surname it never saw, unless the gazetteer knows the whole name
    /// as something else ("Des Moines") or its last word names a place or a body ("Albert Park", "Howard University").
    /// Before linking, so the surname alone ("Trump") joins the person.
    /// </summary>
    private IReadOnlyList<EntityMention> PeopleByGivenName(string text, IReadOnlyList<EntityMention> mentions)
    {
        EntityMention[]? changed = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Location or EntityType.Organization or EntityType.Misc)) continue;
            var name = text.AsSpan(m.Start, m.End - m.Start);
            int space = name.IndexOf(' ');
            if (space <= 0 || !GivenNames.Contains(name[..space]) || !IsPersonShaped(name)) continue;
            string whole = name.ToString();
            var last = LastWord(whole);
            if (KnownTypes(whole) != 0 || MentionTypeRules.HeadType(last) >= 0 || MentionTypeRules.IsOrganisationHeadAfterName(last)
                || Tokenization.Abbreviations.IsLowerCaseWord(last) || AnyVenueOrEventWord(name) || AfterPlacePreposition(text, m.Start)) continue;
            changed ??= [.. mentions];
            changed[i] = m with { Type = EntityType.Person };
        }
        return changed ?? mentions;
    }

    // Words that end the names of venues, events and services named after people ("Albert Park", "Clarence House", "Arnold
    // Palmer Invitational", "Orlando City").
    private static bool IsVenueOrEventWord(ReadOnlySpan<char> word) => word is "City" or "Park" or "House" or "Gallery" or "Invitational"
        or "Open" or "Classic" or "Cup" or "Trophy" or "Prize" or "Award" or "Awards" or "Church" or "Chapel" or "Garden" or "Gardens"
        or "Arena" or "Theatre" or "Theater" or "Library" or "Lake" or "Village" or "Town" or "Drive" or "Place" or "Festival" or "Tower"
        or "Building" or "Station" or "Memorial" or "Bay" or "Harbor" or "Harbour" or "Facebook" or "Twitter" or "Instagram" or "Show"
        or "Hotel" or "Center" or "Centre" or "Mall" or "Plaza" or "Terrace" or "Estate" or "Farm" or "Ranch" or "Reserve";

    private static bool AnyVenueOrEventWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
            if (IsVenueOrEventWord(name[range])) return true;
        return false;
    }

    // "in", "at", "near" or "the" right before the name: a place or a thing, not a person ("at Albert Park", "the Albert Hall").
    private static bool AfterPlacePreposition(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        int at = before.LastIndexOfAny(" \n\t");
        var word = before[(at + 1)..];
        return word is "in" or "at" or "near" or "the" or "The" or "from" or "to" or "outside" or "inside";
    }

    // Two or three words, each a capital and then lower case (hyphens and apostrophes allowed): "Donald Trump", "Mary-Kate O'Neil".
    private static bool IsPersonShaped(ReadOnlySpan<char> name)
    {
        int words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (++words > 3 || word.Length < 2 || !char.IsUpper(word[0])) return false;
            foreach (char c in word[1..]) if (!(char.IsLower(c) || c is '-' or '\'' or '\u2019' || char.IsUpper(c))) return false;
        }
        return words >= 2;
    }

    // Corrections after linking and salience. Particles first, so the gazetteer and head-noun rules see whole names
    // ("Sharm el-Sheikh", "al-Quds Brigade", "Chad le Clos"); the type rules move no feature of the sentence ranker,
    // the particles (which join and drop mentions) move its entity salience in the few articles they touch.
    private IReadOnlyList<Entity> AfterLinking(string text, IReadOnlyList<Entity> entities) =>
        WithoutNonNames(text, CorrectTypes(text, NameParticles.JoinInnerParticles(text, NameParticles.Apply(text, entities, OnlyKnownType), KnownAsPerson)));

    // Capitals that name no one, which the tagger reads as an organisation like any short run of them ("DNA", "GPS",
    // "CEO"); and a "St." it cut from the name it begins ("St." + "Louis Alderman Antonio French").
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "DNA", "RNA", "HIV", "AIDS", "MRSA", "PTSD", "ADHD", "IVF", "CPR", "MRI", "GPS", "PDF", "USB", "TV", "TVs",
        "CEO", "CEOs", "CFO", "COO", "MD", "MDs", "MVP", "AWOL", "GMT", "LLC", "FAQ", "St.", "St",
    };

    // The entities without those that name nothing: the capitals above, a disease's eponym, a common noun opening sentences.
    private static IReadOnlyList<Entity> WithoutNonNames(string text, IReadOnlyList<Entity> entities)
    {
        bool NotAName(Entity e) => NotNames.Contains(e.Text)
            || e.Type <= EntityType.Misc && (e.Mentions.All(m => BeforeDiseaseWord(text, m.End)) || OnlyOpensSentences(text, e));
        // One pass, each entity judged once; the same list when none goes.
        List<Entity>? kept = null;
        for (int i = 0; i < entities.Count; i++)
        {
            if (NotAName(entities[i])) kept ??= [.. entities.Take(i)];
            else kept?.Add(entities[i]);
        }
        return kept ?? entities;
    }

    /// <summary>
    /// True when a disease's word follows ("Chagas disease", "Zika virus", "Lassa fever", "Parkinson's disease"): the
    /// name is the disease's (a place's or a discoverer's in its history), which names no one in the story.
    /// </summary>
    private static bool BeforeDiseaseWord(string text, int end)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal)) after = after[2..];
        if (after.Length < 2 || after[0] != ' ') return false;
        after = after[1..];
        int length = after.IndexOfAnyExceptInRange('a', 'z');
        return (length < 0 ? after : after[..length]) is "disease" or "diseases" or "virus" or "viruses" or "fever" or "syndrome" or "infection" or "infections";
    }

    /// <summary>
    /// True for a one-word name written only at the start of sentences, whose word the article also writes in lower case
    /// ("Dengue spreads …" and "cases of dengue"): a common noun the capital made look like a name.
    /// </summary>
    private static bool OnlyOpensSentences(string text, Entity entity)
    {
        if (entity.Text.Contains(' ') || entity.Text.Length < 3 || !entity.Mentions.All(m => OpensSentence(text, m.Start))) return false;
        string lower = entity.Text.ToLowerInvariant();
        if (lower == entity.Text) return false;
        for (int at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length])))
                return true;
        return false;
    }

    // Nothing but quotes and spaces between the start of the paragraph, or the end of a sentence, and this offset.
    private static bool OpensSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\u201C' or '\'' or '\u2018') i--;
        return i < 0 || text[i] is '\n' or '.' or '!' or '?';
    }

    /// <summary>
    /// Corrects the type of a linked name from what the gazetteer and the article's own wording say. A name the
    /// gazetteer knows under one type only takes it ("Ciudad Juárez" is a place in every labelled corpus, though its
    /// first mention in an article may look like a person's name), unless the article says otherwise (a title, a
    /// given name, "in"); a named storm ("Hurricane Delia", with its later "Delia"s), a faith or its followers, an
    /// award or a war is MISC as in CoNLL, and a storm's name tagged without its "Hurricane" gets it back. A name
    /// ending in a common noun of places or institutions ("Harris County", "Smith College") takes that noun's type, as does
    /// one that starts with such a noun in another language ("Universidad de Chile"); a name after "born in" and a
    /// person written "in X" twice are places, one with "militants" a group, and one written right after a noun of
    /// organisations ("the militant group Ansar Dine", "budget airline Flyglobe") an organisation. After linking and
    /// salience, so the sentence ranker's features do not move.
    /// </summary>
    private IReadOnlyList<Entity> CorrectTypes(string text, IReadOnlyList<Entity> entities)
    {
        Entity[]? changed = null;
        Dictionary<int, int>? places = null;   // start → end of every place mention, for BeforeRegion (built once, when needed)
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type > EntityType.Misc) continue;
            bool storm = IsNamedStorm(e.Text);
            if (!storm && StormWordBefore(text, e) is var (mention, word))
            {
                // "Hurricane Marisol … Marisol": the tagger found the name but left the storm word outside.
                var mentions = e.Mentions.Select(m => m with { Type = EntityType.Misc }).ToArray();
                mentions[mention] = mentions[mention] with { Start = mentions[mention].Start - word.Length - 1 };
                changed ??= [.. entities];
                changed[i] = e with { Text = $"{word} {e.Text}", Type = EntityType.Misc, Mentions = mentions };
                continue;
            }
            // Faiths, their followers and events ("Muslims", "Sunni", "Cold War", "Super Bowl") are MISC as in CoNLL;
            // the external corpus has no such type and calls some of them organisations.
            bool misc = storm || MentionTypeRules.IsFaithOrEvent(e.Text);
            bool organisation = MentionTypeRules.IsKnownOrganisation(e.Text);
            var known = misc ? EntityType.Misc : organisation ? EntityType.Organization : OnlyKnownType(e.Text);
            // The gazetteer knows a name, not who bears it here. A person the tagger found after a title ("President
            // Putin") or by a given name and surname ("Kim Jong Un") stays a person, though some corpus knew the name
            // only as something else; a name written after "in" is no person, though one corpus knew a person by it
            // ("in Ferguson").
            if (known is { } k && k != e.Type && !misc && !organisation
                && (e.Type == EntityType.Person ? IsSurelyPerson(text, e) : k == EntityType.Person && AnyAfterIn(text, e)))
                known = null;
            var type = known ?? e.Type;
            // (Not a name the gazetteer knows as a person's: "Picabo Street"; nor an event: "the Boston Tea Party". A
            // MISC name only when its head names a body, never an event: "Republican National Committee".)
            if (known is null && (type != EntityType.Misc || IsBodyHead(LastWord(e.Text)))
                && MentionTypeRules.HeadType(LastWord(e.Text)) is int head and >= 0) type = (EntityType)head;
            // "Universidad de Chile", "Pulau Bidong": the noun a name starts with, when its last word says nothing.
            else if (known is null && type != EntityType.Misc && e.Text.IndexOf(' ') is int space and > 0 && MentionTypeRules.HeadType(LastWord(e.Text)) < 0
                && MentionTypeRules.StartType(e.Text.AsSpan(0, space)) is int start and >= 0) type = (EntityType)start;
            // "Nieuwland Bank", "Ashford Rovers": a name of two words or more that ends so is an organisation's, unless the
            // gazetteer knows it as a place at all ("West Bank").
            if (known is null && type != EntityType.Organization && e.Text.Contains(' ') && MentionTypeRules.IsOrganisationHeadAfterName(LastWord(e.Text))
                && !KnownAsPlace(e.Text))
                type = EntityType.Organization;
            // "Marlow County Superior Court", "U.S. District Court": a court of law is an organisation (not "Margaret Court",
            // nor "Hampton Court": only after a word that says which court).
            if (type != EntityType.Organization && MentionTypeRules.IsCourtOfLaw(e.Text)) type = EntityType.Organization;
            // "born in Bradford", "grew up in Leeds": a birthplace, whatever club or person the tagger saw in the name.
            if (type is EntityType.Person or EntityType.Organization && !e.Text.Contains(' ') && !IsSurelyPerson(text, e)
                && e.Mentions.Any(m => AfterBirthplaceWords(text, m.Start)))
                type = EntityType.Location;
            // Written "in Ferguson" twice, or "Ferguson, Missouri,", a place, whatever corpus or tagger knew a person by
            // the name (one "in" is not enough: "faith in God", "confidence in Hillary Clinton").
            // (Never a person named by title or given name; and before a comma and a place, only a one-word name: "Emma
            // Raducanu, Britain, and …" lists people by country.)
            if (type == EntityType.Person && !IsSurelyPerson(text, e)
                && (CountAfterIn(text, e) >= 2 || !e.Text.Contains(' ') && e.Mentions.Any(m => BeforeRegion(text, m.End, places ??= PlaceMentions(entities)))))
                type = EntityType.Location;
            // "Boko Haram militants", "Ansaru fighters": no person has militants; a group does. (The whole name: "Houthi
            // militants" says nothing of Abdul Malik al-Houthi.)
            if (type == EntityType.Person && e.Mentions.Any(m => WrittenWhole(text, e, m) && MentionTypeRules.BeforeGroupNoun(text, m.End)))
                type = EntityType.Organization;
            // The whole name, not a surname: "the rock group Crosby, Stills & Nash" says nothing of David Crosby.
            if (known is null && type != EntityType.Organization && e.Mentions.Any(m => WrittenWhole(text, e, m)
                    && MentionTypeRules.AfterOrganisationNoun(text, m.Start, entities)))
                type = EntityType.Organization;
            if (type == e.Type) continue;
            changed ??= [.. entities];
            changed[i] = e with { Type = type, Mentions = [.. e.Mentions.Select(m => m with { Type = type })] };
        }
        return changed ?? entities;
    }

    private static readonly string[] StormWords = ["Hurricane", "Typhoon", "Cyclone", "Tropical Storm"];

    /// <summary>The first mention of a one-word name written right after a storm word ("Hurricane Marisol"), and that word.</summary>
    private static (int Mention, string Word)? StormWordBefore(string text, Entity entity)
    {
        if (entity.Text.Contains(' ')) return null;
        for (int i = 0; i < entity.Mentions.Count; i++)
        {
            int start = entity.Mentions[i].Start;
            foreach (string word in StormWords)
            {
                int at = start - word.Length - 1;
                if (at >= 0 && text[start - 1] == ' ' && text.AsSpan(at, word.Length).SequenceEqual(word)
                    && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
                    return (i, word);
            }
        }
        return null;
    }

    // A title right before a mention ("President Putin"), or a name of two words or more whose first is a given name.
    private bool IsSurelyPerson(string text, Entity e)
    {
        int space = e.Text.IndexOf(' ');
        if (space > 0 && KnownAsPerson(e.Text[..space])) return true;
        foreach (var m in e.Mentions)
        {
            var before = text.AsSpan(0, m.Start).TrimEnd();
            int at = before.Length;
            while (at > 0 && (char.IsLetter(before[at - 1]) || before[at - 1] == '.')) at--;
            if (at < before.Length && EntityLinker.IsTitle(before[at..])) return true;
        }
        return false;
    }

    // The mention spells the entity's whole name, not a surname or a short form.
    private static bool WrittenWhole(string text, Entity e, EntityMention m) => text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(e.Text);

    // "in Ferguson": a place, whoever else bears the name.
    private static bool AnyAfterIn(string text, Entity e) => CountAfterIn(text, e) > 0;

    // "Ferguson, Missouri.": a name, a comma, then a place that closes the phrase (a comma, a stop, a bracket), the way
    // news names a town by its state or country. (Not "Nixon, Missouri's governor": a possessive runs on.)
    private static bool BeforeRegion(string text, int end, Dictionary<int, int> places)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || !places.TryGetValue(end + 2, out int placeEnd)) return false;
        return placeEnd < text.Length && text[placeEnd] is ',' or '.' or ';' or ')'
            && text.AsSpan(end + 2, placeEnd - end - 3).IndexOf('.') < 0;   // not a degree: "Phil Smith, M.D.,"
    }

    private static Dictionary<int, int> PlaceMentions(IReadOnlyList<Entity> entities)
    {
        var places = new Dictionary<int, int>();
        foreach (var place in entities)
            if (place.Type == EntityType.Location)
                foreach (var m in place.Mentions) places.TryAdd(m.Start, m.End);
        return places;
    }

    // "born in", "raised in", "grew up in" or "a native of" right before the mention.
    private static bool AfterBirthplaceWords(string text, int start)
    {
        var before = text.AsSpan(0, start);
        return before.EndsWith(" born in ", StringComparison.Ordinal) || before.EndsWith(" raised in ", StringComparison.Ordinal)
            || before.EndsWith(" grew up in ", StringComparison.Ordinal) || before.EndsWith(" a native of ", StringComparison.Ordinal);
    }

    // Mentions right after "in", not as a possessive ("in Obama's speech") or a party to a case ("in King v. Burwell").
    private static int CountAfterIn(string text, Entity e)
    {
        int count = 0;
        foreach (var m in e.Mentions)
        {
            var before = text.AsSpan(0, m.Start);
            var after = text.AsSpan(m.End);
            if ((before.EndsWith(" in ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\nin ", StringComparison.OrdinalIgnoreCase)
                    || before.Equals("in ", StringComparison.OrdinalIgnoreCase))
                && !(after.Length > 0 && after[0] is '\'' or '\u2019') && !after.StartsWith(" v.", StringComparison.Ordinal) && !after.StartsWith(" vs", StringComparison.Ordinal))
                count++;
        }
        return count;
    }

    /// <summary>The one type the gazetteer knows a name under; null when it is unknown or ambiguous.</summary>
    private EntityType? OnlyKnownType(string name)
    {
        int types = KnownTypes(name);
        if (types == 0 || (types & (types - 1)) != 0) return null;
        return (EntityType)System.Numerics.BitOperations.TrailingZeroCount(types);
    }

    /// <summary>True when the gazetteer knows the name as a person's ("Chad"), whatever else it knows it as.</summary>
    private bool KnownAsPerson(string name) => (KnownTypes(name) & 1 << (int)EntityType.Person) != 0;

    // The types the gazetteer knows a name under, one bit per type.
    private int KnownTypes(string name)
    {
        ulong h = NerGazetteer.Seed;
        int words = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            h = NerGazetteer.Extend(h, NerHash.Normalized(name.AsSpan(range)));
            words++;
        }
        return words > NerGazetteer.MaxLength ? 0 : _model.Gazetteer.TypesOf(h);
    }

    private bool KnownAsPlace(string name) => (KnownTypes(name) & 1 << (int)EntityType.Location) != 0;

    private static ReadOnlySpan<char> LastWord(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);

    // Heads that name a standing body, which a MISC tag gets wrong ("Republican National Committee", "Nobel Foundation").
    private static bool IsBodyHead(ReadOnlySpan<char> word) => word is "Committee" or "Council" or "Ministry" or "Department"
        or "University" or "College" or "Institute" or "Foundation" or "Association" or "Agency" or "Corporation" or "Company";

    private static bool IsNamedStorm(string name) =>
        name.IndexOf(' ') > 0 && (name.StartsWith("Hurricane ", StringComparison.Ordinal) || name.StartsWith("Typhoon ", StringComparison.Ordinal)
            || name.StartsWith("Cyclone ", StringComparison.Ordinal) || name.StartsWith("Tropical Storm ", StringComparison.Ordinal));

    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        NewsNlp.Tokenization.NewsTokenizer.Instance.Tokenize(text, 0, tokens);
        return [.. tokens];
    }

    /// <summary>Every mention of the document (named and values), in order, before linking.</summary>
    public IReadOnlyList<EntityMention> FindMentions(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The story's tokens: header lines are matched against its names afterwards (HeaderMentions), not tagged.
        var story = document.StoryTokenSpan;
        var tokens = document.Tokens is Token[] array && array.Length == story.Length ? array : story.ToArray();
        var mentions = new List<EntityMention>();
        if (tokens.Length == 0) return mentions;
        var ranges = SentenceRanges(document, tokens);
        // The tagger sees hyphenated names whole, as its training text wrote them; firstOf maps its tokens back.
        var words = HyphenatedNames(document.Text, tokens, ranges, out int[]? firstOf);
        byte[] tags = ArrayPool<byte>.Shared.Rent(words.Length);
        bool[] taken = ArrayPool<bool>.Shared.Rent(tokens.Length);
        try
        {
            _model.TagDocument(document.Text, words, ranges, tags.AsSpan(0, words.Length));
            Array.Clear(taken, 0, tokens.Length);
            var spans = new List<(int Start, int End, int Type)>();
            foreach (var (first, count) in ranges)
            {
                spans.Clear();
                BilouTags.ToSpans(tags.AsSpan(first, count), spans);
                MentionTypeRules.Refine(document.Text, words.AsSpan(first, count), spans, _model.Gazetteer);
                foreach (var (start, end, type) in spans)
                {
                    if (end - start == 1 && IsSentenceInitialCommonWord(document.Text, words, first, first + start)) continue;
                    mentions.Add(new EntityMention(words[first + start].Start, words[first + end - 1].End, (EntityType)type));
                    int from = firstOf?[first + start] ?? first + start, to = firstOf?[first + end] ?? first + end;
                    taken.AsSpan(from, to - from).Fill(true);
                }
            }
            DefinedAcronyms(document.Text, tokens, taken.AsSpan(0, tokens.Length), mentions);
            ValueEntityRules.Find(document.Text, tokens, taken.AsSpan(0, tokens.Length), mentions);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tags);
            ArrayPool<bool>.Shared.Return(taken);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// An acronym a name defines in brackets right after it, "the National Institutes of Health (NIH)", is a mention of the
    /// same type there and wherever else the article writes it ("An NIH spokesperson"), when the tagger missed it: its
    /// letters are the initials of the name's capitalised words.
    /// </summary>
    private static void DefinedAcronyms(string text, Token[] tokens, Span<bool> taken, List<EntityMention> mentions)
    {
        int named = mentions.Count;
        for (int m = 0; m < named; m++)
        {
            var name = mentions[m];
            if (name.Type > EntityType.Misc) continue;
            int open = FirstTokenAt(tokens, name.End);
            if (open + 2 >= tokens.Length || !IsToken(text, tokens[open], "(") || !IsToken(text, tokens[open + 2], ")") || taken[open + 1]) continue;
            var acronym = text.AsSpan(tokens[open + 1].Start, tokens[open + 1].Length);
            if (acronym.Length is < 2 or > 8 || acronym.ContainsAnyExceptInRange('A', 'Z') || !SpellsInitials(text.AsSpan(name.Start, name.Length), acronym)) continue;
            for (int i = open + 1; i < tokens.Length; i++)
                if (!taken[i] && tokens[i].Kind == TokenKind.Word && text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual(acronym))
                {
                    taken[i] = true;
                    mentions.Add(new EntityMention(tokens[i].Start, tokens[i].End, name.Type));
                }
        }

        static bool IsToken(string text, Token token, string value) => text.AsSpan(token.Start, token.Length).SequenceEqual(value);
    }

    // The first token that starts at or after offset (tokens are in order).
    private static int FirstTokenAt(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // "NIH" of "National Institutes of Health": the first letters of the name's capitalised words, in order.
    private static bool SpellsInitials(ReadOnlySpan<char> name, ReadOnlySpan<char> acronym)
    {
        int k = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            if (k == acronym.Length || word[0] != acronym[k]) return false;
            k++;
        }
        return k == acronym.Length;
    }

    /// <summary>
    /// The tokens as the tagger's training text (CoNLL-2003) had them: the tokenizer splits hyphenated words
    /// as UD does ("Hewlett - Packard"), CoNLL keeps them whole, and the tagger read split names as two
    /// ("Jean" and "Pierre Raffarin"). Runs of capitalised words joined by bare hyphens become one token, except
    /// pairs of places or peoples ("U.S.-Mexico", "Israeli-Palestinian": each part is a name of its own, and
    /// reported so) and Arabic particles ("Al-Shabaab", see <see cref="NameParticles"/>). Returns
    /// <paramref name="tokens"/> itself when nothing joins; otherwise <paramref name="ranges"/> is rewritten
    /// to the new indices and <paramref name="firstOf"/>[i] is the first original token of token i (one more
    /// entry at the end). (A sentence break inside a hyphenated run, possible only in sentences a caller made,
    /// leaves the joined token with the earlier sentence.)
    /// </summary>
    private Token[] HyphenatedNames(string text, Token[] tokens, (int First, int Count)[] ranges, out int[]? firstOf)
    {
        firstOf = null;
        List<Token>? joined = null;
        List<int>? first = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            int last = i;
            // (Not after a lone letter: "D-New York", "R-Texas" are a party and a state.)
            if (IsNamePart(text, tokens[i]) && tokens[i].Length > 1 && text.AsSpan(tokens[i].Start, tokens[i].Length) is not ("Al" or "El"))
                while (last + 2 < tokens.Length && IsBareHyphen(text, tokens, last + 1) && IsNamePart(text, tokens[last + 2])) last += 2;
            if (last > i && IsPairOfPlaces(text, tokens, i, last)) last = i;
            if (last == i && IsKoreanGivenName(text, tokens, i)) last = i + 2;
            if (last > i && joined is null)
            {
                joined = new List<Token>(tokens.Length);
                first = new List<int>(tokens.Length + 1);
                for (int k = 0; k < i; k++) { joined.Add(tokens[k]); first.Add(k); }
            }
            if (joined is not null)
            {
                joined.Add(last > i ? new Token(tokens[i].Start, tokens[last].End, TokenKind.Word) : tokens[i]);
                first!.Add(i);
            }
            i = last;
        }
        if (joined is null) return tokens;
        first!.Add(tokens.Length);
        firstOf = [.. first];
        // Sentence ranges in the new indices: each original first token maps to the token that starts there.
        var newIndex = new int[tokens.Length + 1];
        for (int j = 0, k = 0; j <= tokens.Length; j++)
        {
            while (k + 1 < firstOf.Length && firstOf[k + 1] <= j) k++;
            newIndex[j] = firstOf[k] == j ? k : k + 1;
        }
        for (int r = 0; r < ranges.Length; r++)
        {
            int start = newIndex[ranges[r].First], end = newIndex[ranges[r].First + ranges[r].Count];
            ranges[r] = (start, end - start);
        }
        return [.. joined];
    }

    private static bool IsNamePart(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>
    /// "Park Ji-hoon", "Moon Jae-in", "Ji-woo Park": a given name of two syllables joined by a hyphen, the second in lower
    /// case, after a capitalised surname (not after a word that opens sentences: "The Pre-war years") or before one. CoNLL-2003
    /// wrote such names whole ("Kim Young-sam"), and the tagger cut them at the hyphen otherwise.
    /// </summary>
    private static bool IsKoreanGivenName(string text, Token[] tokens, int i)
    {
        if (i + 2 >= tokens.Length || !IsNamePart(text, tokens[i]) || tokens[i].Length is < 2 or > 4
            || text.AsSpan(tokens[i].Start + 1, tokens[i].Length - 1).ContainsAnyExceptInRange('a', 'z')) return false;   // ("World War II-era")
        if (!IsBareHyphen(text, tokens, i + 1) || i + 3 < tokens.Length && IsBareHyphen(text, tokens, i + 3)) return false;
        var syllable = text.AsSpan(tokens[i + 2].Start, tokens[i + 2].Length);
        if (tokens[i + 2].Kind != TokenKind.Word || syllable.Length is < 2 or > 4 || syllable.ContainsAnyExceptInRange('a', 'z')) return false;
        // The surname before it ("Moon Jae-in") or, in Western order, after it ("Ji-woo Park"; not a prefix, "Ex-wife Sarah").
        return i > 0 && IsSurname(text, tokens[i - 1]) && tokens[i - 1].End + 1 == tokens[i].Start
                && !Tokenization.Abbreviations.IsSentenceStarter(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length))
            || i + 3 < tokens.Length && IsSurname(text, tokens[i + 3]) && tokens[i + 3].Start == tokens[i + 2].End + 1
                && syllable is not ("led" or "run" or "born" or "made" or "held" or "free" or "wide" or "like" or "back" or "era" or "old"
                    or "bred" or "fed" or "set" or "up" or "in" or "out" or "on" or "off" or "aged" or "type" or "size" or "only" or "day")   // ("Shia-led Iraqi")
                && text.AsSpan(tokens[i].Start, tokens[i].Length) is not ("Ex" or "Co" or "Re" or "Pre" or "Non" or "Pro" or "Mid" or "Self" or "Anti" or "Post" or "Vice" or "Sub" or "Semi" or "Pan" or "Neo");
    }

    // A short capitalised surname ("Park", "Moon").
    private static bool IsSurname(string text, Token token) =>
        IsNamePart(text, token) && token.Length is >= 2 and <= 6 && text.AsSpan(token.Start + 1, token.Length - 1).IndexOfAnyExceptInRange('a', 'z') < 0;

    private static bool IsBareHyphen(string text, Token[] tokens, int i) =>
        tokens[i].Length == 1 && text[tokens[i].Start] == '-' && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    // Every part a name the gazetteer knows as a place or a people (among its types): a relation, not one name.
    private bool IsPairOfPlaces(string text, Token[] tokens, int from, int last)
    {
        const int PlaceOrPeople = 1 << (int)EntityType.Location | 1 << (int)EntityType.Misc;
        for (int i = from; i <= last; i += 2)
        {
            if ((MentionTypeRules.Types(text, tokens, i, i + 1, _model.Gazetteer) & PlaceOrPeople) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A lone capitalised word opening a sentence is an ordinary word, not a name, when unlabeled news text
    /// almost never capitalises it mid-sentence, or when it is one of the sentence connectives of
    /// <see cref="Summarization.WordClasses"/> ("Additionally, …", "Furthermore, …", "Meanwhile, …").
    /// </summary>
    private bool IsSentenceInitialCommonWord(string text, Token[] tokens, int sentenceFirst, int index)
    {
        for (int i = sentenceFirst; i < index; i++)
            if (char.IsLetterOrDigit(text[tokens[i].Start])) return false;
        var word = text.AsSpan(tokens[index].Start, tokens[index].Length);
        if (Summarization.WordClasses.IsConnective(TextFolding.FoldedHash(word))) return true;
        return _model.Lexicon.TryGet(NerHash.Normalized(word), out var entry) && entry.CapitalBucket is 1 or 2;
    }

    /// <summary>
    /// Tags pre-tokenized CoNLL sentences of one document with IOB2 tags (B-PER, I-PER, O…), one per word.
    /// </summary>
    internal string[] TagConll(IReadOnlyList<string[]> sentences)
    {
        var (text, tokens, ranges) = ConllDocument.Build(sentences);
        var tags = new byte[tokens.Length];
        _model.TagDocument(text, tokens, ranges, tags);
        var result = new string[tokens.Length];
        Array.Fill(result, "O");
        var spans = new List<(int Start, int End, int Type)>();
        foreach (var (first, count) in ranges)
        {
            spans.Clear();
            BilouTags.ToSpans(tags.AsSpan(first, count), spans);
            MentionTypeRules.Refine(text, tokens.AsSpan(first, count), spans, _model.Gazetteer);
            foreach (var (start, end, type) in spans)
            {
                string code = BilouTags.TypeCode(type);
                result[first + start] = "B-" + code;
                for (int i = first + start + 1; i < first + end; i++) result[i] = "I-" + code;
            }
        }
        return result;
    }

    /// <summary>The document's sentences as token ranges, plus the headings and other tokens outside any sentence, one range per line.</summary>
    private static (int First, int Count)[] SentenceRanges(NewsDocument document, Token[] tokens)
    {
        var ranges = new List<(int, int)>(document.SentenceSpan.Length + 4);
        int next = 0;
        void Gap(int end)
        {
            int start = next;
            for (int i = next + 1; i <= end; i++)
            {
                if (i == end || document.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
                {
                    if (i > start) ranges.Add((start, i - start));
                    start = i;
                }
            }
        }
        foreach (var sentence in document.SentenceSpan)
        {
            if (sentence.FirstToken < next || sentence.EndToken > tokens.Length) continue;
            if (sentence.FirstToken > next) Gap(sentence.FirstToken);
            if (sentence.TokenCount > 0) ranges.Add((sentence.FirstToken, sentence.TokenCount));
            next = sentence.EndToken;
        }
        if (next < tokens.Length) Gap(tokens.Length);
        return [.. ranges];
    }
}

/// <summary>Defers loading the embedded model until the first document needs entities, so segmentation-only callers never pay for it.</summary>
internal sealed class LazyEntityRecognizer : IEntityRecognizer
{
    public IReadOnlyList<Entity> Recognize(NewsDocument document) => EntityRecognizer.Default.Recognize(document);
}
