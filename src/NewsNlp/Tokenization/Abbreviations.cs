using NewsNlp.Summarization;

namespace NewsNlp.Tokenization;

/// <summary>How an abbreviation behaves at a period.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not a known abbreviation.</summary>
    None,
    /// <summary>May end a sentence ("etc.", "Inc.", "a.m."); a following sentence starter starts a new sentence.</summary>
    General,
    /// <summary>Comes before a name and never ends a sentence ("Mr.", "Gov.", "Dr.").</summary>
    Title,
    /// <summary>An abbreviation only in front of a number ("No. 5", "Fig. 2"); otherwise a word and a stop.</summary>
    BeforeNumber,
}

/// <summary>
/// Word lists the tokenizer and splitter share, loaded once from the embedded resources
/// <c>abbreviations.txt</c> (abbreviations without their final period, induced from UD English EWT train,
/// CoNLL-2003 and CNN/DailyMail and curated), <c>sentence-starters.txt</c> (words that, capitalised
/// after an abbreviation, start a new sentence) and <c>lower-case-words.txt</c> (words written in lower case
/// inside sentences). Lookups take spans and never allocate.
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, AbbreviationKind> Kinds = LoadKinds();
    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KindLookup =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> Starters = [.. ModelResources.ReadLines("sentence-starters.txt")];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> LowerCaseWords = [.. ModelResources.ReadLines("lower-case-words.txt")];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseWordLookup =
        LowerCaseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prefixes that UD English EWT keeps joined to the word after their hyphen ("non-violent", "e-mail").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "counter", "intra", "inter", "micro", "un", "over", "ultra", "extra", "bi",
        "tri", "uni", "mega", "mini", "hyper", "quasi", "pseudo", "trans", "de", "dis", "mis", "meta", "infra",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="word"/> (without its period), matched case-sensitively.</summary>
    public static AbbreviationKind KindOf(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 12 && KindLookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> commonly starts a sentence after a period ("The", "He", "But").</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 12 && StarterLookup.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/>, capitalised ("Executives"), is a word news and web text write in lower case
    /// inside sentences ("executives", not "bill" or "court"): capitalised after a period, it opens a sentence.
    /// </summary>
    public static bool IsLowerCaseWord(ReadOnlySpan<char> word) => word.Length <= 15 && LowerCaseWordLookup.Contains(word);

    /// <summary>True for abbreviated months and weekdays ("Feb", "Sept", "Tues"), which normally precede a number.</summary>
    public static bool IsDateAbbreviation(ReadOnlySpan<char> word) => word switch
    {
        "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec"
            or "Mon" or "Tue" or "Tues" or "Wed" or "Thu" or "Thur" or "Thurs" or "Fri" or "Sat" or "Sun" => true,
        _ => false,
    };

    /// <summary>
    /// True for the abbreviated US states and district of AP style ("Calif", "Tenn", "N.J", "D.C"; without the final
    /// period), which follow a city and a comma ("Nashville, Tenn.") and, inside a sentence, a second comma.
    /// </summary>
    public static bool IsStateAbbreviation(ReadOnlySpan<char> word) => word switch
    {
        "Ala" or "Ariz" or "Ark" or "Calif" or "Colo" or "Conn" or "Del" or "Fla" or "Ga" or "Ill" or "Ind" or "Kan" or "Kans"
            or "Ky" or "La" or "Md" or "Mass" or "Mich" or "Minn" or "Miss" or "Mo" or "Mont" or "Neb" or "Nev" or "Okla" or "Ore"
            or "Pa" or "Tenn" or "Tex" or "Va" or "Vt" or "Wash" or "Wis" or "Wyo" or "N.J" or "N.Y" or "N.C" or "N.D" or "N.H"
            or "N.M" or "S.C" or "S.D" or "R.I" or "D.C" or "W.Va" => true,
        _ => false,
    };

    /// <summary>
    /// True when a capitalised word may follow "a.m." or "p.m." inside its sentence: a day, a month or a time zone
    /// ("6 p.m. Tuesday", "9 a.m. Eastern"). Any other ("6 p.m. Crews worked") starts a new sentence.
    /// </summary>
    public static bool FollowsClockTime(ReadOnlySpan<char> word) =>
        IsDateAbbreviation(word) || word.Length <= 4 && word.IndexOfAnyInRange('a', 'z') < 0   // "ET", "GMT", "PDT"
        || word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
            or "October" or "November" or "December" or "Eastern" or "Central" or "Mountain" or "Pacific" or "Atlantic"
            or "Greenwich" or "Hawaii" or "Alaska" or "Moscow" or "Beijing" or "Tokyo" or "London" or "Paris" or "Local";

    /// <summary>
    /// A nationality or region adjective ("European", "British", "Chinese"): after a country's or body's abbreviation
    /// that ends a sentence ("approved in the U.S. European regulators …") it opens the next one, since inside a
    /// sentence such pairs are hyphenated ("U.S.-British talks"). Party and faith words are left out ("U.S.
    /// Republican lawmakers", "U.S. Jewish groups"), and so is "Greek" ("the U.S. Greek system" of fraternities). A
    /// trade: on the 1,000 CNN articles that was the only pair, so the rule serves copy that ends on "U.S.".
    /// </summary>
    public static bool IsNationality(ReadOnlySpan<char> word) => word is
        "European" or "British" or "English" or "Scottish" or "Welsh" or "Irish" or "French" or "German" or "Dutch" or "Belgian"
        or "Swiss" or "Austrian" or "Italian" or "Spanish" or "Portuguese" or "Turkish" or "Russian" or "Ukrainian"
        or "Polish" or "Swedish" or "Norwegian" or "Danish" or "Finnish" or "Chinese" or "Japanese" or "Korean" or "Taiwanese"
        or "Vietnamese" or "Indian" or "Pakistani" or "Afghan" or "Iranian" or "Iraqi" or "Syrian" or "Israeli" or "Palestinian"
        or "Lebanese" or "Saudi" or "Egyptian" or "Libyan" or "Nigerian" or "Kenyan" or "African" or "Asian" or "Arab"
        or "Australian" or "Canadian" or "Mexican" or "Brazilian" or "Argentine" or "Venezuelan" or "Colombian" or "Cuban";

    /// <summary>A country that news names often ("Canada", "China"): after "U.S." it opens a sentence as a nationality does.</summary>
    public static bool IsCountry(ReadOnlySpan<char> word) => word is
        "Canada" or "Mexico" or "China" or "Japan" or "Russia" or "Britain" or "France" or "Germany" or "India" or "Brazil" or "Israel"
        or "Iran" or "Iraq" or "Ukraine" or "Australia" or "Italy" or "Spain" or "Turkey" or "Egypt" or "Pakistan" or "Afghanistan"
        or "Syria" or "Cuba" or "Venezuela" or "Poland" or "Sweden" or "Norway" or "Ireland" or "Taiwan" or "Vietnam" or "Nigeria";

    private static readonly HashSet<string> LetterLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "terminal", "concourse", "gate", "pier", "runway", "platform", "track", "plan", "option", "vitamin", "type", "class",
        "grade", "level", "phase", "stage", "section", "building", "block", "wing", "tower", "hall", "row", "lot", "zone",
        "area", "unit", "ward", "floor", "suite", "room", "court", "division", "group", "pool", "exhibit", "appendix", "model",
        "proposition", "prop", "measure", "question", "schedule", "category", "part", "sector",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterLabelLookup = LetterLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A noun that a single letter names the member of ("Terminal C", "Plan B", "vitamin D", "Group A"), so the letter is no initial.</summary>
    public static bool IsLetterLabel(ReadOnlySpan<char> word) => word.Length <= 12 && LetterLabelLookup.Contains(word);

    /// <summary>"Jr." or "Sr." (with or without the period), as written after a person's surname.</summary>
    public static bool IsGenerationalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("Jr.", StringComparison.OrdinalIgnoreCase) || word.Equals("Jr", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Sr.", StringComparison.OrdinalIgnoreCase) || word.Equals("Sr", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a hyphen after <paramref name="word"/> joins it to the next word.</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => word.Length <= 7 && HyphenPrefixLookup.Contains(word);

    private static Dictionary<string, AbbreviationKind> LoadKinds()
    {
        var kinds = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (string line in ModelResources.ReadLines("abbreviations.txt"))
        {
            // "Gov title", "etc general", "No number".
            int space = line.IndexOf(' ');
            string word = space < 0 ? line : line[..space];
            string kind = space < 0 ? "general" : line[(space + 1)..].Trim();
            kinds[word] = kind switch
            {
                "title" => AbbreviationKind.Title,
                "number" => AbbreviationKind.BeforeNumber,
                _ => AbbreviationKind.General,
            };
        }
        return kinds;
    }
}
