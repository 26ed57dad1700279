using System.Collections.Frozen;

namespace NewsNlp.Summarization;

// The word lists of HeadlineLabeler that its grammar cannot learn from the lexicon: verbs the lexicon reads as nouns,
// reporting verbs and speakers whose report is an opinion, hedges, quantities, linking verbs, and the adjectives and
// prepositions a short headline may or may not drop. Folded hashes, so case and accents do not matter.
internal sealed partial class HeadlineLabeler
{
    // "-s" forms the lexicon reads as plural nouns that news also uses as verbs.
    private static readonly WordHashSet VerbForms = Hashes("reports plans calls faces claims leads shows sports visits hopes fears needs "
        + "wants votes attacks threatens offers orders names ranks marks hosts heads tops signs fires charges pledges promises "
        + "demands warns urges backs blames targets eyes seeks rejects approves launches");
    // Verbs the lexicon reads as nouns, whose past and participle are spelled like them, and their lemmas.
    private static readonly Dictionary<int, string> NounLikeVerbLemmas = new()
    {
        [TextFolding.FoldedHash("shot")] = "shoot",
        [TextFolding.FoldedHash("cut")] = "cut",
        // Pasts spelled like nouns ("Shares Rise 14%", not "Shares Rose 14%").
        [TextFolding.FoldedHash("rose")] = "rise",
        [TextFolding.FoldedHash("fell")] = "fall",
        [TextFolding.FoldedHash("saw")] = "see",
        [TextFolding.FoldedHash("spoke")] = "speak",
        [TextFolding.FoldedHash("bore")] = "bear",
        [TextFolding.FoldedHash("left")] = "leave",
        [TextFolding.FoldedHash("found")] = "find",
    };
    private static readonly IReadOnlySet<int> NounLikeVerbs = NounLikeVerbLemmas.Keys.ToHashSet();
    // Particles that belong to the name after them ("Del Piero", "Le Clos").
    private static readonly WordHashSet NameParticles = Hashes("de del della der den di da das dos du le la los las van von ten ter al el bin ibn abu");
    // Reporting verbs that give an opinion or a forecast, not an account.
    private static readonly WordHashSet OpinionVerbs = Hashes("argue argues argued claim claims claimed predict predicts predicted believe believes believed "
        + "estimate estimates estimated allege alleges alleged contend contends contended insist insists insisted suggest suggests suggested think thinks thought");
    // Writings whose estimates and suggestions are theirs: "Studies Suggest …", "Report Estimates …".
    private static readonly WordHashSet Findings = Hashes("study studies report reports survey surveys poll polls research analysis");
    // Common nouns of institutions, which a reported "it" can stand for ("The channel announced it will …").
    private static readonly WordHashSet Institutions = Hashes("government channel network company firm agency ministry department office "
        + "court council committee union league club team party army navy police university school hospital bank airline");
    // Speakers whose report is an opinion whatever the verb.
    private static readonly WordHashSet GenericSpeakers = Hashes("critics experts analysts opponents supporters skeptics observers some many others police prosecutors investigators authorities");
    // Adjectives whose meaning a headline cannot lose.
    private static readonly WordHashSet KeptAdjectives = Hashes(
        "former late alleged suspected accused first second third fourth fifth sixth last only next new top maximum minimum "
        + "dead alive injured wounded unarmed armed illegal fake false gay lesbian transgender white black biracial female male "
        + "nuclear chemical fatal deadly unacceptable unprecedented few many several some much more less most least radical rare personal");
    // Verbs an adjective can complete: "Goes Viral", "Turns Violent", "Remains Critical".
    private static readonly WordHashSet LinkingVerbs = Hashes("go goes went gone going turn turns turned become becomes became grow grows grew "
        + "remain remains remained stay stays stayed prove proves proved seem seems seemed");
    // What "this" or "every" makes a time phrase of.
    private static readonly WordHashSet TimeNouns = Hashes("year week month weekend season summer winter spring fall autumn time morning afternoon evening night decade century term quarter "
        + "day hour years weeks months days hours");
    // Spans of time, and the words that place an event by one ("days after the raid", "two years ago", "20 minutes late").
    private static readonly WordHashSet TimeSpans = Hashes("second seconds minute minutes hour hours day days week weeks month months year years decade decades");
    private static readonly WordHashSet TimeRelations = Hashes("after before ago later earlier late early");
    // Distances, and the words that place something by one ("three blocks away", "100 meters above the ground").
    private static readonly WordHashSet Distances = Hashes("inch inches foot feet yard yards mile miles meter meters metre metres kilometer kilometers kilometre kilometres block blocks");
    private static readonly WordHashSet DistanceRelations = Hashes("away above below beneath down from off ahead behind beyond");
    // Words that may count a span ("less than two", "a couple of", "nearly", "the").
    private static readonly WordHashSet SpanCounts = Hashes("a an the some about nearly almost just only roughly around over under more less than few couple of several mere full half another same");
    // Words that only say when ("Says Friday", "Says Last Week").
    private static readonly WordHashSet TimeWords = Hashes("on in at last this next week month year today yesterday earlier later morning afternoon evening night weekend");
    // Prepositions that open a time, place or means, not what the verb needs ("Orders Fleet to Full Alert").
    private static readonly WordHashSet Adjuncts = Hashes("in on at during after before since by near amid around over across");
    // Adverbs that make a claim someone's, not the article's ("allegedly", "reportedly").
    private static readonly WordHashSet Hedges = Hashes("allegedly reportedly apparently");
    // Singular nouns that count their "of" complement, which decides the verb ("a number of people were").
    private static readonly WordHashSet Quantities = Hashes("couple number total lot lots bunch host pair handful majority minority plenty many most some several few both all");
    // ... of which these say nothing a headline needs ("Executives Take Challenge", not "Couple of Executives").
    private static readonly WordHashSet QuantityOnly = Hashes("couple number total lot lots bunch host plenty");

    // (A people's or a party's name: "Israelis", "Democrats"; not "United States" or "Woods", whose singulars are
    // nouns, nor "DC Comics".)
    private bool IsPluralOfCommonWord(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or '\'' or 'u') && !word.EndsWith("ics", StringComparison.Ordinal)
        && (lexicon.Tag(TextFolding.FoldedHash(word.AsSpan(0, word.Length - 1))) == WordTag.Adjective
            || word.EndsWith("crats", StringComparison.Ordinal) || word.Length > 6 && (word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("cans", StringComparison.Ordinal)));

    // A comparative or superlative ("larger", "latest"): its meaning is the comparison.
    private static bool IsComparison(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("est", StringComparison.OrdinalIgnoreCase));

    private static bool IsPastForm(WordTag tag) => tag is WordTag.VerbPast or WordTag.VerbParticiple;

    // Participles spelled like their base form: after "was" or "were" a passive ("was hit by", "were hurt").
    private static readonly WordHashSet SameFormParticiples = Hashes("hit cut put set shut hurt spread cast quit shed split upset bet bid burst cost let rid thrust broadcast forecast");

    // Nouns of measure after "about a": an approximation ("about a mile", "about an hour"), not a topic.
    private static readonly WordHashSet Measures = Hashes("mile kilometer kilometre foot yard meter metre hour minute second day week month year decade dozen hundred thousand million billion third quarter half");

    // A word that modifies a noun and cannot stand for it: a lower-case "-ing" form ("missing", "unfolding") or a word
    // the lexicon knows as an adjective ("Libyan", "Corresponding").
    private bool IsAdjectival(string word) =>
        char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)
        || lexicon.Tag(TextFolding.FoldedHash(word)) == WordTag.Adjective;

    // Days that open a clause as an adverb ("Today the ministry said …").
    private static readonly WordHashSet Days = Hashes("today yesterday tonight tomorrow");

    // Adverb particles of phrasal verbs ("open up", "back down", "pull out"): right after the verb they belong to it.
    private static readonly WordHashSet Particles = Hashes("up out off down away back");
}
