namespace NewsNlp.Entities;

/// <summary>
/// Corrects the tagger's type of a name from the names around it, where news style makes the type plain:
/// "Shreveport, Louisiana" (a place then its state or country) and lists ("Sonora, Coahuila and Tamaulipas")
/// whose members share a type. A name changes type only when the gazetteer does not
/// know it under its own type alone, so "Trump, Sheinbaum and Mexico" keeps Mexico a place. Also knows the
/// common nouns that end names of places and institutions (<see cref="HeadType"/>) and those that introduce the
/// name of an organisation (<see cref="AfterOrganisationNoun"/>), and the words that settle a name's type
/// whatever the tagger says: "Jr." ends a person's name, a legal form ("plc", "AG") a company's, "militants" follow a group's,
/// faiths and awards are MISC.
/// </summary>
internal static class MentionTypeRules
{
    private const int Location = (int)EntityType.Location, Organization = (int)EntityType.Organization;

    /// <summary>Adjusts the types of one sentence's spans (token ranges within <paramref name="tokens"/>), in place.</summary>
    public static void Refine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans, NerGazetteer gazetteer)
    {
        WithoutEdgeMarks(text, tokens, spans);
        SectBeforeName(text, tokens, spans, gazetteer);
        CompletePersonNames(text, tokens, spans);
        CompleteUniversityNames(text, tokens, spans);
        CompleteBodyNames(text, tokens, spans);
        // A name ending in "Jr." or "Sr." is a person's ("Floyd Mayweather Jr.", "Robert Downey Jr."), whatever the
        // tagger, which saw few such names in 1996 news, made of the suffix.
        for (int s = 0; s < spans.Count; s++)
            if (spans[s].End - spans[s].Start >= 2 && Tokenization.Abbreviations.IsGenerationalSuffix(text.Slice(tokens[spans[s].End - 1].Start, tokens[spans[s].End - 1].Length)))
                spans[s] = spans[s] with { Type = (int)EntityType.Person };
        for (int s = 0; s < spans.Count; s++)
        {
            // A company's name the tagger cut before its legal form takes it ("Bramwell Group" + "plc").
            int end = spans[s].End;
            if (spans[s].Type == Organization && end < tokens.Length && (s + 1 == spans.Count || spans[s + 1].Start > end)
                && tokens[end].Start == tokens[end - 1].End + 1 && IsLegalForm(text.Slice(tokens[end].Start, tokens[end].Length)))
                spans[s] = spans[s] with { End = ++end };
            // A name ending in a company's legal form is an organisation's ("Sabre Photonique SA", "Harlow Foods plc").
            if (end - spans[s].Start >= 2 && IsLegalForm(text.Slice(tokens[end - 1].Start, tokens[end - 1].Length)))
                spans[s] = spans[s] with { Type = Organization };
        }
        if (spans.Count < 2) return;
        PlaceThenRegion(text, tokens, spans, gazetteer);
        Lists(text, tokens, spans, gazetteer);
    }

    /// <summary>
    /// Hashtags and @handles find posts and name accounts; they are not names ("#PrayForTunisia", "@CNNPhotos"), and a
    /// dash or comma the tagger took in at either end ("Swimmer of the Year --", "Gone Girl,,,") is no part of one.
    /// They leave the span; a span of nothing else goes.
    /// </summary>
    private static void WithoutEdgeMarks(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans)
    {
        for (int s = spans.Count - 1; s >= 0; s--)
        {
            var (start, end, _) = spans[s];
            while (start < end && IsEdgeMark(text, tokens[start])) start++;
            while (end > start && IsEdgeMark(text, tokens[end - 1])) end--;
            if (start == end) spans.RemoveAt(s);
            else if (start != spans[s].Start || end != spans[s].End) spans[s] = spans[s] with { Start = start, End = end };
        }
    }

    private static bool IsEdgeMark(ReadOnlySpan<char> text, Token token) =>
        token.Kind is TokenKind.Hashtag or TokenKind.Handle
        || token.Kind == TokenKind.Punctuation && !text.Slice(token.Start, token.Length).ContainsAnyExcept("-\u2013\u2014,;");

    /// <summary>
    /// "Shiite Iran", "Sunni Yemen", "Shiite Houthis": a branch of Islam before a name is a word of its own, MISC as CoNLL
    /// types faiths, and the name after it keeps the tagger's type unless the gazetteer knows it under others only. A faith's
    /// people stay whole ("Sunni Muslims", "Shiite Arabs": see <see cref="IsFaithOrEvent"/>).
    /// </summary>
    private static void SectBeforeName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans, NerGazetteer gazetteer)
    {
        for (int s = spans.Count - 1; s >= 0; s--)
        {
            var (start, end, type) = spans[s];
            if (end - start < 2 || text.Slice(tokens[start].Start, tokens[start].Length) is not ("Sunni" or "Shiite" or "Shia" or "Shi'ite" or "Shi\u2019ite" or "Alawite")
                || !char.IsUpper(text[tokens[start + 1].Start]))   // (not "Sunni v. Shia")
                continue;
            bool faithPeople = true;
            for (int k = start + 1; k < end && faithPeople; k++)
            {
                string word = text.Slice(tokens[k].Start, tokens[k].Length).ToString();
                faithPeople = IsFaithOrAward(word) || word is "Arab" or "Arabs" or "Kurd" or "Kurds";
            }
            if (faithPeople) continue;
            int known = Types(text, tokens, start + 1, end, gazetteer);
            spans[s] = (start, start + 1, (int)EntityType.Misc);
            // (The tagger's type when the gazetteer allows it; else a place, if it may be one: "Iran" tagged a person.)
            int rest = known == 0 || (known >> type & 1) != 0 ? type
                : (known >> Location & 1) != 0 ? Location : System.Numerics.BitOperations.TrailingZeroCount(known);
            spans.Insert(s + 1, (start + 1, end, rest));
        }
    }

    /// <summary>The legal form that ends a company's name, as written ("Inc.", "plc", "GmbH", "S.A."); not "Co.", which may be a county's.</summary>
    internal static bool IsLegalForm(ReadOnlySpan<char> word) => word is "Inc" or "Inc." or "Corp" or "Corp." or "Ltd" or "Ltd." or "plc" or "PLC"
        or "Plc" or "LLC" or "L.L.C." or "GmbH" or "AG" or "SA" or "S.A." or "NV" or "N.V." or "BV" or "B.V." or "SpA" or "S.p.A." or "Bhd"
        or "Bhd." or "Pte" or "Pty" or "LLP" or "Incorporated";

    /// <summary>
    /// Completes a person's name the tagger cut short at either end: a "Jr." or "Sr." right after it ("Harold P. Whitfield
    /// Jr."), and a capitalised word right before one that starts with an initial ("Harold" of "Harold P. Whitfield": no
    /// name starts with its middle initial). Never a title ("Sen. P. Whitfield" stays as it is) nor a word of another name.
    /// </summary>
    private static void CompletePersonNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var (start, end, type) = spans[s];
            if (type != (int)EntityType.Person) continue;
            if (end < tokens.Length && (s + 1 >= spans.Count || spans[s + 1].Start > end)
                && Tokenization.Abbreviations.IsGenerationalSuffix(Word(text, tokens[end])) && tokens[end].Start == tokens[end - 1].End + 1)
                end++;
            if (start > 0 && (s == 0 || spans[s - 1].End < start) && IsInitial(Word(text, tokens[start])) && tokens[start].Start == tokens[start - 1].End + 1)
            {
                var before = Word(text, tokens[start - 1]);
                if (before.Length >= 2 && char.IsUpper(before[0]) && before[1..].IndexOfAnyExceptInRange('a', 'z') < 0 && !EntityLinker.IsTitle(before))
                    start--;
            }
            spans[s] = (start, end, type);
        }

        static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
        static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
    }

    /// <summary>
    /// A name the tagger ended before "University" or "College" (with "State" between or not) is the institution's:
    /// "San Jose State University", typed a place "San Jose" and the rest left out. Only words written right after
    /// the name, capitalised, and not part of another name nor followed by "of".
    /// </summary>
    private static void CompleteUniversityNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            int end = spans[s].End, limit = s + 1 < spans.Count ? spans[s + 1].Start : tokens.Length;
            if (end < limit && Adjacent(tokens, end) && Word(text, tokens[end]) is "State") end++;
            // (Not before "of": "Chinese University of Hong Kong" is longer than what the tagger found.)
            if (end < limit && Adjacent(tokens, end) && Word(text, tokens[end]) is "University" or "College"
                && (end + 1 >= tokens.Length || Word(text, tokens[end + 1]) is not "of"))
                spans[s] = (spans[s].Start, end + 1, Organization);
        }

        static bool Adjacent(ReadOnlySpan<Token> tokens, int i) => tokens[i].Start == tokens[i - 1].End + 1;
        static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
    }

    /// <summary>
    /// "Max Planck Institute" + "for Astronomy", "Institute" + "of Environment and Renewable Natural Resources": a body's
    /// name the tagger cut at its "for" or "of" goes on through the capitalised words after it (with "and", "of", "for",
    /// "the" between two of them), taking in any name the tagger found there, and is an organisation's. Not past a
    /// possessive, a comma or a lower-case word ("University of Oklahoma for spouting").
    /// </summary>
    private static void CompleteBodyNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            int end = spans[s].End;
            if (end - spans[s].Start < 2 || !IsBodyNoun(Word(text, tokens[end - 1])) || end + 1 >= tokens.Length || !Adjacent(tokens, end)
                || Word(text, tokens[end]) is not ("for" or "of") || !IsNameWord(text, tokens, end + 1)) continue;
            int last = end + 1;
            for (int k = end + 2; k < tokens.Length && Adjacent(tokens, k); k++)
            {
                if (IsNameWord(text, tokens, k)) { last = k; continue; }
                if (Word(text, tokens[k]) is "and" or "of" or "for" or "the" or "on" && k + 1 < tokens.Length && Adjacent(tokens, k + 1)) continue;
                break;
            }
            int newEnd = last + 1, inside = s + 1;
            while (inside < spans.Count && spans[inside].End <= newEnd) inside++;
            // (Not when a name the tagger found runs on past it.)
            if (inside < spans.Count && spans[inside].Start < newEnd) continue;
            // Names the tagger found inside the longer one go into it.
            spans.RemoveRange(s + 1, inside - s - 1);
            spans[s] = (spans[s].Start, newEnd, Organization);
        }

        static bool IsBodyNoun(ReadOnlySpan<char> word) => word is "Institute" or "Center" or "Centre" or "Foundation" or "Society"
            or "Council" or "Association" or "Academy" or "Commission" or "Agency" or "Bureau" or "Fund" or "Committee" or "Ministry"
            or "Department" or "Federation" or "Organization" or "Organisation" or "League" or "Union" or "Museum" or "School" or "College";
        // A capitalised word of letters (not a possessive's "'s", not "The" opening a title).
        static bool IsNameWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
        {
            var w = Word(text, tokens[i]);
            if (w.Length < 2 || !char.IsUpper(w[0]) || w is "The") return false;
            foreach (char c in w) if (!char.IsLetter(c) && c != '-') return false;
            return true;
        }
        static bool Adjacent(ReadOnlySpan<Token> tokens, int i) => tokens[i].Start == tokens[i - 1].End + 1;
        static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
    }

    /// <summary>
    /// The type of a name that ends in this common noun of places or institutions ("Harris County", "Wick Street
    /// Bridge", "Smith College"), as CoNLL-2003 types them except "County" (a football club there, a place in today's
    /// news); -1 for any other word. Only nouns that are not also surnames: "Tony Hall", "Inbee Park" and "Margaret
    /// Court" are people. The tagger learned names from 1996 news, whose football clubs ("Derby County") and sports
    /// tables make some of these look like parts of people's names. ("Centre" and "Center" differ as CoNLL's
    /// British venues and American institutions do.)
    /// </summary>
    public static int HeadType(ReadOnlySpan<char> word) => word switch
    {
        "County" or "Province" or "Township" or "Avenue" or "Boulevard" or "Street" or "Road" or "Square" or "Bridge"
            or "Island" or "Islands" or "Mountains" or "Valley" or "Airport" or "Stadium" or "Prison" or "Hospital"
            or "Museum" or "Cathedral" or "Mosque" or "Centre" or "Beach" or "River" or "Canyon" => Location,
        "University" or "Ministry" or "Department" or "Committee" or "Council" or "College" or "Institute"
            or "Foundation" or "Party" or "Company" or "Corporation" or "Association" or "Agency" or "School"
            or "Academy" or "Airlines" or "Center" or "Group"
            // The same nouns in Swedish, Danish, Norwegian, Dutch and German names ("Karolinska Institutet").
            or "Institutet" or "Universitet" or "Universiteit" or "Universität" or "Hochschule" or "Stiftung" => Organization,
        _ => -1,
    };

    /// <summary>Whether a name ends with a court of law's kind and "Court" ("Marlow County Superior Court", "U.S. District Court").</summary>
    internal static bool IsCourtOfLaw(string name)
    {
        if (!name.EndsWith(" Court", StringComparison.Ordinal)) return false;
        var before = name.AsSpan(0, name.Length - " Court".Length);
        before = before[(before.LastIndexOf(' ') + 1)..];
        return before is "Superior" or "District" or "Supreme" or "Circuit" or "Municipal" or "High" or "Appeals" or "Criminal" or "Family"
            or "Federal" or "Crown" or "Magistrates" or "Magistrates'" or "Juvenile" or "Bankruptcy" or "Appellate" or "Constitutional"
            or "Claims" or "Tax" or "Trial" or "Military" or "Sessions" or "Youth" or "Probate" or "Housing" or "Traffic"
            or "Chancery" or "Commercial" or "Administrative" or "Labour" or "Labor" or "Land" or "Coroner's" or "Small";
    }

    /// <summary>
    /// The type of a name of two words or more that starts with this noun, as Spanish, Portuguese, French, Italian and
    /// Malay names of institutions and places do ("Universidad de Chile", "Banco Sabadell", "Pulau Bidong", "Isla
    /// Mujeres"); -1 for any other word. (Not "Rio" or "Porto": footballers and clubs bear them.)
    /// </summary>
    public static int StartType(ReadOnlySpan<char> word) => word switch
    {
        "Universidad" or "Universidade" or "Université" or "Università" or "Instituto" or "Istituto" or "Institut"
            or "Fundación" or "Fundação" or "Fondation" or "Fondazione" or "Banco" or "Banca" or "Banque" or "Partido"
            or "Ministerio" or "Ministério" or "Ministère" or "Ministero" or "Secretaría" or "Policía" or "Ejército" => Organization,
        "Pulau" or "Isla" or "Ilha" or "Île" or "Lago" or "Lac" or "Cerro" or "Bahía" or "Baía" or "Wadi" or "Jebel"
            or "Jabal" or "Gunung" or "Laguna" or "Playa" or "Praia" or "Sungai" => Location,
        _ => -1,
    };

    /// <summary>
    /// True for a noun that ends organisations' names only after another word ("Nieuwland Bank", "Namsan Securities",
    /// "Ashford Rovers"): alone it may be a place ("Mobile"), and some are first words of places' names ("Capital
    /// Region"). Football clubs' second words as in CoNLL-2003, which types clubs as organisations; not "City" ("Mexico
    /// City") nor "County".
    /// </summary>
    public static bool IsOrganisationHeadAfterName(ReadOnlySpan<char> word) => word is "Bank" or "Fund" or "Trust" or "Securities"
        or "Capital" or "Partners" or "Holdings" or "Commission" or "Authority" or "Network" or "Solutions" or "Mobile" or "Telecom"
        or "Insurance" or "Bancorp" or "Ventures" or "Investments" or "United" or "Athletic" or "Rovers" or "Wanderers" or "Albion"
        // Trades that end companies' names ("Kestrel Cloud", "Norwood Systems", "Halloway Brothers").
        or "Systems" or "Technologies" or "Software" or "Data" or "Cloud" or "Analytics" or "Robotics" or "Therapeutics"
        or "Pharmaceuticals" or "Aerospace" or "Airlines" or "Airways" or "Motors" or "Foods" or "Brothers" or "Labs"
        or "Minerals" or "Mining" or "Resources" or "Metals" or "Petroleum" or "Energy" or "Industries" or "Shipping" or "Logistics"
        or "Chemicals" or "Agrochemicals" or "Biotech" or "Materials" or "Construction";

    /// <summary>
    /// Whether the name starting at <paramref name="start"/> follows a modifier and a noun of organisations: "the militant
    /// group Ansar Dine", "budget airline Flyglobe", "British company Tallow" (a nationality tagged MISC). News style
    /// names a group this way when readers may not know it, which is when the tagger (trained on 1996 news) does
    /// not either. Not after a determiner or a preposition ("the group Marisa founded" is a relative clause), nor after
    /// a capitalised word of another kind.
    /// </summary>
    public static bool AfterOrganisationNoun(string text, int start, IReadOnlyList<Entity> entities)
    {
        if (start < 1 || text[start - 1] != ' ') return false;
        int nounEnd = start - 1, nounStart = WordStart(text, nounEnd, hyphen: false);
        if (nounStart < 1 || text[nounStart - 1] != ' ' || !IsOrganisationNoun(text.AsSpan(nounStart, nounEnd - nounStart))) return false;
        int modifierEnd = nounStart - 1, modifierStart = WordStart(text, modifierEnd, hyphen: true);
        var modifier = text.AsSpan(modifierStart, modifierEnd - modifierStart);
        if (modifier.Length < 3 || !char.IsLetter(modifier[0])) return false;
        if (char.IsLower(modifier[0])) return !IsFunctionWord(modifier);
        foreach (var e in entities)
            if (e.Type == EntityType.Misc)
                foreach (var m in e.Mentions)
                    if (m.End == modifierEnd) return true;
        return false;
    }

    private static int WordStart(string text, int end, bool hyphen)
    {
        int i = end;
        while (i > 0 && (char.IsLetter(text[i - 1]) || hyphen && text[i - 1] == '-')) i--;
        return i;
    }

    // Lower case only: "Group" or "Party" is part of the name itself. Not "team" (CoNLL types national teams as
    // places), "station" (a metro station is a place) or "carrier" (an aircraft carrier is a ship).
    private static bool IsOrganisationNoun(ReadOnlySpan<char> word) => word switch
    {
        "group" or "organization" or "organisation" or "movement" or "militia" or "faction" or "coalition" or "alliance"
            or "party" or "union" or "agency" or "company" or "firm" or "outfit" or "conglomerate" or "startup" or "giant"
            or "airline" or "carmaker" or "automaker" or "manufacturer" or "retailer" or "chain" or "brand" or "label"
            or "bank" or "lender" or "insurer" or "charity" or "network" or "broadcaster" or "channel" or "newspaper"
            or "daily" or "tabloid" or "magazine" or "publisher" or "website" or "studio" or "band" or "club"
            or "watchdog" or "regulator" => true,
        _ => false,
    };

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word switch
    {
        "the" or "his" or "her" or "its" or "their" or "our" or "your" or "whose" or "this" or "that" or "these" or "those"
            or "which" or "what" or "same" or "other" or "another" or "every" or "each" or "any" or "some" or "and" or "but"
            or "for" or "with" or "from" or "into" or "than" => true,
        _ => false,
    };

    // "Shreveport, Louisiana." / "Ciudad Juarez, Mexico, Monday": a name, a comma and a known place that closes
    // the phrase is itself a place. Not "Perez, Mexico's ambassador" (the place must not go on), nor a member
    // of a list ("Breen, Staunton, Irwin").
    private static void PlaceThenRegion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans, NerGazetteer gazetteer)
    {
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            var region = spans[i + 1];
            if (type == Location || region.Type != Location || region.Start != end + 1 || !Is(text, tokens[end], ",")) continue;
            if (region.End < tokens.Length && !IsClosingPunctuation(text, tokens[region.End])) continue;
            if (start > 0 && Is(text, tokens[start - 1], ",") || !Knows(text, tokens, region.Start, region.End, Location, gazetteer)) continue;
            if (ListGoesOn(text, tokens, spans, i + 1)) continue;   // "Breen, Staunton, Irwin and Kelly"
            if (MayBe(text, tokens, start, end, Location, gazetteer)) spans[i] = (start, end, Location);
        }
    }

    // Names joined by commas, "and" or "or" share a type: the type of two or more members, and most of the list,
    // that the gazetteer knows under it; failing that, in a list that ends with "and" or "or", the type the tagger
    // gave most of it, two or more ("Sonora, Coahuila and Tamaulipas" with Coahuila tagged an organisation: 2 of the
    // 1,000 CNN validation articles' lists get worse, about 20 better, CoNLL testa a little better). A member the
    // gazetteer knows under other types only keeps its own.
    private static void Lists(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans, NerGazetteer gazetteer)
    {
        Span<int> counts = stackalloc int[4], tagged = stackalloc int[4];
        int first = 0;
        while (first < spans.Count)
        {
            int last = first;
            while (last + 1 < spans.Count && Joined(text, tokens, spans[last].End, spans[last + 1].Start)) last++;
            int members = last - first + 1;
            if (members >= 2)
            {
                counts.Clear();
                tagged.Clear();
                for (int k = first; k <= last; k++)
                {
                    tagged[spans[k].Type]++;
                    if (Knows(text, tokens, spans[k].Start, spans[k].End, spans[k].Type, gazetteer)) counts[spans[k].Type]++;
                }
                int shared = -1;
                for (int t = 0; t < 4; t++) if (counts[t] >= 2 && counts[t] * 2 > members) shared = t;
                // (Or, in a list that ends with "and" or "or", most of it as tagged: "Sonora, Coahuila and Tamaulipas", none of
                // them known. Not names a comma merely follows: "… of Basking Ridge, New Jersey, Shaw was captain …".)
                bool coordinated = !Is(text, tokens[spans[last].Start - 1], ",");
                for (int t = 0; t < 4 && shared < 0 && coordinated; t++) if (tagged[t] >= 2 && tagged[t] * 2 > members) shared = t;
                if (shared >= 0)
                    for (int k = first; k <= last; k++)
                    {
                        var (start, end, type) = spans[k];
                        if (type != shared && MayBe(text, tokens, start, end, shared, gazetteer)) spans[k] = (start, end, shared);
                    }
            }
            first = last + 1;
        }
    }

    // True when the span at k starts a list: two more members follow it, or one joined by "and" / "or" (not
    // "Alder County, Oregon, Sheriff's Office", where one name follows after a comma).
    private static bool ListGoesOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int End, int Type)> spans, int k)
    {
        int members = 0;
        for (; k + 1 < spans.Count && Joined(text, tokens, spans[k].End, spans[k + 1].Start); k++)
        {
            members++;
            if (members >= 2 || !Is(text, tokens[spans[k].End], ",") || spans[k + 1].Start - spans[k].End == 2) return true;
        }
        return false;
    }

    // Tokens between two spans that make them list members: ",", "and", "or", ", and", ", or".
    private static bool Joined(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, int next)
    {
        int gap = next - end;
        if (gap == 1) return Is(text, tokens[end], ",") || Is(text, tokens[end], "and") || Is(text, tokens[end], "or");
        return gap == 2 && Is(text, tokens[end], ",") && (Is(text, tokens[end + 1], "and") || Is(text, tokens[end + 1], "or"));
    }

    /// <summary>True unless the gazetteer knows the name under other types only.</summary>
    private static bool MayBe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, int type, NerGazetteer gazetteer)
    {
        int types = Types(text, tokens, start, end, gazetteer);
        return types == 0 || (types >> type & 1) != 0;
    }

    /// <summary>True when the gazetteer knows the name under <paramref name="type"/> (among others).</summary>
    private static bool Knows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, int type, NerGazetteer gazetteer) =>
        (Types(text, tokens, start, end, gazetteer) >> type & 1) != 0;

    /// <summary>The types the gazetteer knows the name of tokens [<paramref name="start"/>, <paramref name="end"/>) under (bit t for type t).</summary>
    internal static int Types(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, NerGazetteer gazetteer)
    {
        if (end - start > NerGazetteer.MaxLength) return 0;
        ulong h = NerGazetteer.Seed;
        for (int i = start; i < end; i++) h = NerGazetteer.Extend(h, NerHash.Normalized(text.Slice(tokens[i].Start, tokens[i].Length)));
        return gazetteer.TypesOf(h);
    }

    /// <summary>
    /// A faith, its followers or its law ("Muslims", "Sunni", "Sharia") or an award ("Oscar"), one word, a faith and its
    /// people in words of that kind ("Sunni Muslims", "Shiite Arabs"), a name ending in "War" or "Bowl" (an event:
    /// "Cold War", "Super Bowl") or in "Prize", "Award", "Awards", "Medal" or "Trophy" (an award: "Tony Award", "Webby
    /// Award", the tagger's person or organisation): MISC, as CoNLL-2003 types them. A closed list,
    /// like the titles: the tagger learned 1996 spellings ("Moslems", "Shi'ite") and the external corpus, which has
    /// no MISC, calls some of them organisations.
    /// </summary>
    internal static bool IsFaithOrEvent(string name)
    {
        int space = name.LastIndexOf(' ');
        // (A body named after a war is no event: "Institute for the Study of War", "Department of War".)
        if (space > 0) return name.AsSpan(space + 1) is "War" or "Bowl" or "Prize" or "Award" or "Awards" or "Medal" or "Trophy"
                && !name.Contains(" of ", StringComparison.Ordinal) && !name.Contains(" for ", StringComparison.Ordinal)
            || IsFaithPeople(name);
        return IsFaithOrAward(name);
    }

    // "Sunni Muslims", "Shiite Muslim", "Sunni Arabs", "Coptic Christian": a faith and its people, every word of it (not
    // "Christian Purefoy", "Hindu Kush").
    private static bool IsFaithPeople(string name)
    {
        foreach (var word in name.Split(' '))
            if (!IsFaithOrAward(word) && word is not ("Arab" or "Arabs" or "Kurd" or "Kurds")) return false;
        return true;
    }

    // One word: a faith, its followers or its law, or an award.
    private static bool IsFaithOrAward(string name) =>
        name is "Muslim" or "Muslims" or "Moslem" or "Moslems" or "Islamist" or "Islamists" or "Sunni" or "Sunnis" or "Shia" or "Shias"
            or "Shiite" or "Shiites" or "Shi'ite" or "Shi'ites" or "Alawite" or "Alawites" or "Yazidi" or "Yazidis" or "Druze"
            or "Christian" or "Christians" or "Catholic" or "Catholics" or "Protestant" or "Protestants" or "Evangelicals"
            or "Jew" or "Jews" or "Hindu" or "Hindus" or "Sikh" or "Sikhs" or "Buddhist" or "Buddhists" or "Mormon" or "Mormons"
            or "Copt" or "Copts" or "Coptic" or "Islam" or "Christianity" or "Judaism" or "Hinduism" or "Buddhism"
            or "Sharia" or "Oscar" or "Oscars" or "Grammy" or "Grammys" or "Emmys";

    /// <summary>
    /// "Islamic State" (and its long forms) is an organisation: the group took the name in 2014, after both training
    /// corpora, and the tagger reads a name ending in "State" as a place ("Washington State"). An override, like the
    /// faiths above; in 23 of the 1,000 CNN validation articles it was a place. So are companies younger than the corpora.
    /// </summary>
    internal static bool IsKnownOrganisation(string name) =>
        name is "Islamic State" or "Islamic State of Iraq and Syria" or "Islamic State of Iraq and the Levant" or "Islamic State of Iraq"
        // Companies founded after 1996 that the tagger calls places or people ("Netflix", "Airbnb"); none names anything else.
        or "Netflix" or "Airbnb" or "Uber" or "Lyft" or "Google" or "Facebook" or "YouTube" or "TikTok" or "Instagram" or "WhatsApp"
        or "Spotify" or "PayPal" or "LinkedIn" or "Snapchat" or "OpenAI" or "SpaceX" or "Alibaba" or "Tencent" or "Huawei" or "Nvidia";

    /// <summary>Whether the word after <paramref name="end"/> is a plural noun for the members of an armed or political group ("militants").</summary>
    internal static bool BeforeGroupNoun(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        int start = end + 1, stop = start;
        while (stop < text.Length && char.IsAsciiLetterLower(text[stop])) stop++;
        if (stop < text.Length && char.IsLetterOrDigit(text[stop])) return false;
        return text.AsSpan(start, stop - start) is "militants" or "fighters" or "insurgents" or "extremists" or "jihadists" or "rebels"
            or "militia" or "militias" or "gunmen";
    }

    private static bool IsClosingPunctuation(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is ',' or '.' or ';' or ':' or ')' or '!' or '?' or '"' or '\u201D' or '\u2014' or '\u2013';

    private static bool Is(ReadOnlySpan<char> text, Token token, string word) =>
        text.Slice(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
