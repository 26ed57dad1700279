using System.Collections.Frozen;

namespace NewsNlp.Summarization;

/// <summary>
/// Writes a Quick Looks label: a headline of 2–7 words (up to 9 to finish a name or keep a clause's pronoun) in
/// headline case made from the sentence's own words —
/// its subject (a name or a number with its noun), main verb in headline tense ("has deployed" → "Deploys",
/// "were sent" → "Sent", "will send" → "to Send", "couldn't be reached" → "Not Reached") and the head of its
/// object ("10,000 Troops Sent to Border"); never a verb left without its object ("United Nations Says").
/// When no clause is found, its weightiest noun phrase stands in ("Collapse of the Harbour Bridge Tender"), then
/// its opening words ("Many Praised the Mayor for Raising the Issue"), then its most salient words.
/// </summary>
internal sealed partial class HeadlineLabeler(WordLexicon lexicon, IdfTable idf)
{
    private const int MaxWords = 7;
    private const int MinWords = 2;

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    { "a", "an", "the", "and", "but", "or", "nor", "for", "as", "at", "by", "in", "of", "on", "to", "up", "via", "vs", "per", "from", "with", "into", "over", "than" };

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    { "key point", "key points", "update", "updates", "summary", "overview", "highlights", "news", "details", "more", "background", "context", "other news", "latest" };

    private static readonly WordHashSet Be = Hashes("is are was were be been being 's 're am");
    private static readonly WordHashSet Have = Hashes("has have had 've");
    private static readonly WordHashSet Do = Hashes("do does did");
    private static readonly WordHashSet Will = Hashes("will 'll shall");
    private static readonly WordHashSet Negation = Hashes("not n't never");
    // Third persons only: "I", "we" and "you" speak in quotes, not in headlines.
    private static readonly WordHashSet SubjectPronouns = Hashes("he she it they");
    private static readonly WordHashSet IndefinitePronouns = Hashes("everyone everybody someone somebody nobody nothing something everything anyone anybody many few others none");
    private static readonly WordHashSet PluralPronouns = Hashes("many few others");
    private static readonly WordHashSet Quantifiers = Hashes("most many some several few each every");
    private static readonly WordHashSet SayOrTell = Hashes("say says said saying tell tells told telling");
    private static readonly WordHashSet DanglingEnd = Hashes(
        "is are was were be been has have had do does did will would can could should may might must shall " +
        "says said say tells told tell takes took take gets got get makes made make puts put gives gave give claims claimed claim " +
        "alleges alleged allege joked jokes joke hears heard hear reiterate reiterates reiterated " +
        // Verbs that need what follows them ("Israelis Head" to the polls, "Desplat Reveals" that …, "Systems Look" different).
        "head heads headed reveal reveals revealed look looks looked talk talks talked seem seems seemed become becomes became " +
        "remain remains remained appear appears appeared want wants wanted need needs needed include includes included " +
        "describe describes described consider considers considered call calls called mark marks marked point points pointed");
    private static readonly WordHashSet ClauseWords = Hashes("who which that whose where when while because although though after before since if as");
    // Spans of time (besides TimeWords) that open a sentence before a comma: "Last year, …", never a subject with an apposition.
    private static readonly WordHashSet Seasons = Hashes("years weeks months days decade decades summer winter spring autumn season weekend hour hours");
    // Nouns whose "of" phrase is the thing itself: "the kind of data", "a lot of attention".
    private static readonly WordHashSet PartitiveNouns = Hashes("kind kinds sort sorts type types number amount lot lots");
    // The clause words that open an adverbial clause (not a relative one).
    private static readonly WordHashSet Subordinators = Hashes("as because while although though whereas unless");
    private static readonly WordHashSet ObjectPrepositions = Hashes("to in on for of with without from at over against into onto across through toward near inside outside beneath around by as after before amid despite during about");
    // Verbs that report their "that" clause ("Desplat has revealed that he will …", "Kerry stressed Wednesday that the
    // administration …"); with an object they are news themselves.
    // (Not "admit": "attorneys admit that he …" is their admission, and the "he" is not theirs. Not "emphasize": its
    // clauses are often judgements the labels garble, "Procedures Can Lifesaving".)
    private static readonly WordHashSet RevealingVerbs = Hashes(
        "reveal reveals revealed disclose discloses disclosed learn learns learned stress stresses stressed");
    // Verbs of becoming whose adjective is the news ("went missing" → "Goes Missing", never a bare "Goes").
    private static readonly WordHashSet BecomingVerbs = Hashes("go goes went gone going fall falls fell fallen turn turns turned");
    // Verbs whose object clause carries the news ("figures indicate that …").
    private static readonly WordHashSet ReportingVerbs = Hashes("indicate indicates indicated show shows showed suggest suggests suggested found find finds believe believes believed expect expects expected estimate estimates estimated predict predicts predicted think thinks thought");

    private static bool EndsInApostropheS(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("\u2019s");

    // A singular ("building's") or plural ("workers'") possessive.
    private static bool EndsInPossessive(ReadOnlySpan<char> word) =>
        EndsInApostropheS(word) || word.Length > 2 && (word.EndsWith("s'") || word.EndsWith("s\u2019"));

    // Names whose "'s" is part of the name ("Alzheimer's disease", "McDonald's restaurants"): kept as written.
    // Folded hashes, so a curly apostrophe matches too.
    private static readonly WordHashSet NamesWithPossessive = Hashes(
        "alzheimer's parkinson's huntington's crohn's tourette's asperger's down's " +
        "mcdonald's macy's kohl's sotheby's christie's wendy's denny's lloyd's moody's domino's");

    // True when the adjective at i describes a noun after it ("a new clinic", "new medical clinic"), not "slow due to".
    private static bool AttributiveAt(string text, List<Chunk> chunks, int i)
    {
        static bool Nominal(Chunk c) => c.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun;
        if (i + 1 >= chunks.Count || chunks[i].EndsClause(text)) return false;
        return Nominal(chunks[i + 1])
            || chunks[i + 1].Tag == WordTag.Adjective && !chunks[i + 1].EndsClause(text) && i + 2 < chunks.Count && Nominal(chunks[i + 2]);
    }

    // True when one of chunks i .. i + count - 1 ends with a comma and a new clause follows it, not "which", "where",
    // "and" (an opening phrase ends there: "In an order issued Friday, Judge Hale granted").
    private static bool CommaThenClause(string text, List<Chunk> chunks, int i, int count)
    {
        for (int j = i; j < chunks.Count && j < i + count; j++)
            if (chunks[j].Trailing(text).IndexOf(',') >= 0)
                return j + 1 < chunks.Count && !ClauseWords.Contains(chunks[j + 1].Hash) && !Questions.Contains(chunks[j + 1].Hash)
                    && !IsAnd(text, chunks[j + 1]) && chunks[j + 1].Word(text) is not ("but" or "or");
        return false;
    }

    // True when the verb at i has an object right after it: an article, determiner, pronoun or possessive ("introduced a bill").
    private static bool HasObject(string text, List<Chunk> chunks, int i) =>
        i + 1 < chunks.Count && !chunks[i].EndsClause(text)
        && (chunks[i + 1].Tag is WordTag.Determiner or WordTag.Pronoun || WordClasses.IsArticle(chunks[i + 1].Hash) || IsPossessive(text, chunks[i + 1]));

    // True when the noun or number at i cannot end a headline because the words after it finish it: a fixed phrase's
    // noun before its preposition ("in connection with", "on behalf of"), the first figure of a range ("aged 55 to 85",
    // "from 3 to 5 p.m."), a time still to run ("with 20 minutes remaining") or a noun before the "-ing" word it makes a
    // compound noun with ("develop brain swelling").
    private static bool EndsTooSoon(string text, List<Chunk> chunks, int i)
    {
        if (i + 1 >= chunks.Count || chunks[i].EndsClause(text)) return false;
        var c = chunks[i];
        var next = chunks[i + 1];
        var after = next.Word(text);
        if (PhraseNouns.Contains(c.Hash) && i > 0 && chunks[i - 1].Tag == WordTag.Preposition && next.Tag == WordTag.Preposition
            && after is "with" or "to" or "of") return true;
        if (c.Tag == WordTag.Number && after is "to" or "and" or "-" or "\u2013" && i + 2 < chunks.Count && chunks[i + 2].Tag == WordTag.Number && !next.EndsClause(text))
            return true;
        if (after is "remaining" or "left" or "to" && i > 0 && chunks[i - 1].Tag == WordTag.Number && Measures.Contains(TextFolding.FoldedHash(Singular(c.Word(text))))
            && (after is not "to" || i + 2 < chunks.Count && chunks[i + 2].Word(text) is "go" or "play")) return true;
        return c.Tag == WordTag.Noun && CompoundGerund(text, chunks, i + 1);
    }

    // True when the "-ing" word at i ends a compound noun with the lower-case noun before it ("brain swelling", "price
    // fixing"): the phrase ends there, at a clause end, "and" or "or". (Not one a preposition or an adverb follows: that
    // one describes the noun, "information leading to", "a person claiming to be", "a week walking around".)
    private static bool CompoundGerund(string text, List<Chunk> chunks, int i) =>
        i > 0 && chunks[i].Tag == WordTag.VerbGerund && !chunks[i].Capitalized && chunks[i - 1].Tag == WordTag.Noun && !chunks[i - 1].Capitalized
        && !chunks[i - 1].EndsClause(text)
        && (chunks[i].EndsClause(text) || i + 1 >= chunks.Count
            // ("spending time walking and talking": two "-ing" verbs joined are what the time is spent doing.)
            || (IsAnd(text, chunks[i + 1]) || chunks[i + 1].Word(text) is "or") && !(i + 2 < chunks.Count && chunks[i + 2].Tag == WordTag.VerbGerund));

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' ? word[..^1] : word;

    // Nouns of fixed phrases that need their preposition ("in connection with", "in response to", "on behalf of").
    private static readonly WordHashSet PhraseNouns = Hashes("connection response addition front behalf charge part favor favour spite search "
        + "terms light place lieu wake middle top face sake case accordance relation reference regard honor honour memory");

    // The last chunk of a name given between commas from i ("called velanurab,", "also known as WRTA,") when a word
    // follows its closing comma; else null.
    private static int? NamingAside(string text, List<Chunk> chunks, int i)
    {
        if (i < chunks.Count && chunks[i].Word(text) is "also" or "better" or "locally" or "formerly") i++;
        if (i + 1 >= chunks.Count || chunks[i].Word(text) is not ("known" or "called" or "dubbed" or "nicknamed" or "named") || chunks[i].EndsClause(text))
            return null;
        for (int k = i + 1; k < chunks.Count - 1 && k <= i + 8; k++)
        {
            if (chunks[k].Trailing(text).IndexOf(',') >= 0) return k;
            if (chunks[k].EndsClause(text)) return null;
        }
        return null;
    }

    // True when the capitalised words from i on (a name) are followed straight away by a finite verb or an auxiliary.
    private bool VerbAfterName(string text, List<Chunk> chunks, int i)
    {
        while (i < chunks.Count && (chunks[i].Capitalized || NameParticles.Contains(chunks[i].Hash)) && !chunks[i].EndsClause(text)) i++;
        return i < chunks.Count && (chunks[i].Tag is WordTag.VerbPast or WordTag.VerbParticiple or WordTag.VerbPresent3 or WordTag.Modal || IsAuxiliary(chunks[i]))
            && !chunks[i - 1].EndsClause(text);
    }

    // True when the adjective at i and the next word describe one noun, with only a comma between ("a rare, 475-pound
    // turtle", "a long, bitter strike").
    private static bool CoordinateAdjectives(string text, List<Chunk> chunks, int i) =>
        chunks[i].Tag == WordTag.Adjective && chunks[i].Trailing(text).Trim() is "," && i + 2 < chunks.Count
        && !chunks[i + 1].Capitalized && !chunks[i + 1].EndsClause(text)
        && (chunks[i + 1].Tag == WordTag.Adjective || chunks[i + 1].Word(text).Contains('-'))
        && chunks[i + 2].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.Adjective or WordTag.Unknown;

    // Verb groups ("crashed", "are believed") from i to the end of the clause (a comma or a clause word).
    private int VerbGroupsAhead(string text, List<Chunk> chunks, int i)
    {
        int groups = 0;
        bool inGroup = false;
        for (; i < chunks.Count; i++)
        {
            var c = chunks[i];
            if (ClauseWords.Contains(c.Hash)) break;
            // (Not a gerund, nor an infinitive, nor a verb joined by "and": "that traveled to join the group", "appear to
            // encourage and incite violence" are one group each.)
            bool verbal = (IsVerbLike(c) && c.Tag != WordTag.VerbGerund || IsAuxiliary(c)) && !(i > 0 && chunks[i - 1].Word(text) is "to" or "and" or "or");
            if (verbal && !inGroup) groups++;
            inGroup = verbal || inGroup && (c.Tag == WordTag.Adverb || Negation.Contains(c.Hash));
            if (c.EndsClause(text)) break;
        }
        return groups;
    }

    // "that" right after the verb, or after the day it was said ("stressed Wednesday that").
    private static bool ThatFollows(string text, List<Chunk> chunks, int v) =>
        v + 1 < chunks.Count && chunks[v + 1].Word(text) is "that"
        || v + 2 < chunks.Count && Weekdays.Contains(chunks[v + 1].Hash) && !chunks[v + 1].EndsClause(text) && chunks[v + 2].Word(text) is "that";

    private static string WithoutPossessive(string word) => word.EndsWith('s') ? word[..^2] : word[..^1];

    private static WordHashSet Hashes(string words) => WordClasses.Hashes(words);

    /// <summary>
    /// A label for the kept chunks of a sentence, unlike every label in <paramref name="taken"/> (which it joins).
    /// A subject "he" or "she" is named by <paramref name="person"/> when given (a bullet is read alone).
    /// </summary>
    public string Label(string text, IReadOnlyList<Chunk> chunks, HashSet<string> taken, string? person = null)
    {
        // Candidates in order of preference, built only as far as needed (most sentences stop at the clause).
        IEnumerable<List<string>> Candidates()
        {
            if (Clause(text, chunks, speaker: person, quoteSpeaker: QuoteSpeaker(text, chunks)) is { } clause) yield return clause;
            // Without a clause, the sentence's weightiest noun phrase reads better than its top words scattered.
            if (BestPhrase(text, chunks) is { } phrase) yield return phrase;
            // Then its own opening words ("Many Praised the Mayor for Raising the Issue"), unless they open a
            // subordinate or prepositional phrase ("If There Were Others", "At That Point").
            if (OpensMainClause(text, chunks) && OwnWords(text, chunks) is { Count: >= 3 } opening) yield return opening;
            for (int count = 4; count <= 6; count++) yield return SalientWords(text, chunks, count);
        }
        List<string>? firstUsable = null;
        foreach (var words in Candidates())
        {
            if (words.Count < MinWords) continue;
            firstUsable ??= words;
            string label = HeadlineCase(words);
            if (!Generic.Contains(label) && taken.Add(TextFolding.Fold(label))) return label;
        }
        // Every candidate is taken: extend the best one with the next salient word until it is unique.
        var best = firstUsable ?? SalientWords(text, chunks, 7);
        // A sentence without nouns or names ("Short one.") is its own best headline.
        if (best.Count < MinWords) best = OwnWords(text, chunks);
        if (best.Count == 0) best = ["Article", "Sentence"];
        if (best.Count == 1) best.Add("Report");
        if (!Generic.Contains(HeadlineCase(best)) && taken.Add(TextFolding.Fold(HeadlineCase(best)))) return HeadlineCase(best);
        foreach (var extra in SalientWords(text, chunks, 12).Where(w => !best.Contains(w)))
        {
            var words = best.Take(MaxWords - 1).Append(extra).ToList();
            string label = HeadlineCase(words);
            if (taken.Add(TextFolding.Fold(label))) return label;
        }
        for (int k = 2; ; k++)
        {
            string label = HeadlineCase([.. best.Take(MaxWords - 1), $"({k})"]);
            if (taken.Add(TextFolding.Fold(label))) return label;
        }
    }

    private bool IsVerbLike(Chunk c) => WordLexicon.IsVerb(c.Tag) || c.Tag == WordTag.Modal;

    /// <summary>
    /// "Critics Argue Move Largely Symbolic", "Experts Predict Rates Will Fall": an opinion keeps who holds
    /// it, so the label does not state it as fact: any report by unnamed critics or experts, and an opinion verb's
    /// report by a named speaker or by a study, report or poll. Null when the report may stand alone (an official's
    /// "said") or the holder does not fit.
    /// </summary>
    private List<string>? Attributed(string text, Chunk verb, List<string> speaker, bool plural, bool named, bool hedged, Chunk reportedStart, List<string> reported)
    {
        if (speaker.Count == 0 || hedged) return null;
        // Only a report with its own subject: "Researchers Believe Could Spark" is no headline.
        if (!(reportedStart.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number or WordTag.Determiner or WordTag.Adjective
            || WordClasses.IsArticle(reportedStart.Hash))) return null;
        bool generic = GenericSpeakers.Contains(TextFolding.FoldedHash(speaker[^1]));
        bool opinion = OpinionVerbs.Contains(verb.Hash) && (named || Findings.Contains(TextFolding.FoldedHash(speaker[^1])));
        if (!generic && !opinion) return null;
        // The speaker's head alone when the whole would not fit: "Some Critics" → "Critics".
        var who = speaker.Count + 1 + reported.Count <= MaxWords ? speaker : [speaker[^1]];
        if (who.Count + 1 + reported.Count > MaxWords) return null;
        return [.. who, PresentTense(text, verb, plural), .. reported];
    }

    // A verb in headline present tense: its base form, or with the third person's "-s"; as written when the lexicon
    // cannot give its base ("spurred").
    private string PresentTense(string text, Chunk verb, bool baseForm) =>
        Lemma(text, verb) is { } lemma ? baseForm ? lemma : ThirdPerson(lemma) : WordOf(text, verb);

    // The verb's base form, null when neither the lexicon nor the spelling gives it.
    private string? Lemma(string text, Chunk verb) => KnownLemma(verb) ?? SpelledLemma(text, verb);

    private string? KnownLemma(Chunk verb) =>
        lexicon.Lookup(verb.Hash).Lemma ?? (NounLikeVerbLemmas.TryGetValue(verb.Hash, out var lemma) && WordLexicon.IsVerb(verb.Tag) ? lemma : null);

    private string? SpelledLemma(string text, Chunk verb) =>
        verb.Tag is WordTag.VerbPast or WordTag.VerbParticiple ? RegularPastBase(verb.Word(text)) : null;

    /// <summary>
    /// Subject + headline verb + object, when the sentence has a recognisable main clause. A subject "he" or "she"
    /// is headed by <paramref name="speaker"/>'s name, and a subject "they" by <paramref name="speakers"/>: the
    /// speaker of a reported clause ("Police say they have arrested …" → "Police Arrest …"), or the person a
    /// bullet's pronoun continues.
    /// </summary>
    private List<string>? Clause(string text, IReadOnlyList<Chunk> original, int depth = 0, string? speaker = null, string? speakers = null, string? quoteSpeaker = null)
    {
        var chunks = Retag(text, original);
        int n = chunks.Count;
        // A leading subordinate clause ("While migration has declined, Trump has …") ends at its comma.
        int begin = 0;
        // ("Even before …,", "Shortly after …,": an adverb may lead the subordinate clause.)
        int lead = n > 1 && chunks[0].Tag == WordTag.Adverb && !chunks[0].EndsClause(text) && ClauseWords.Contains(chunks[1].Hash) ? 1 : 0;
        // "That's why Reyes posted a plea …": the reason's clause is the news.
        if (n > 3 && chunks[0].Word(text) is "That's" or "That\u2019s" or "This" or "That" or "Which" && !chunks[0].EndsClause(text)
            && (chunks[1].Word(text) is "why" || chunks[1].Word(text) is "is" && chunks[2].Word(text) is "why"))
            begin = chunks[1].Word(text) is "why" ? 2 : 3;
        else if (n > lead && ClauseWords.Contains(chunks[lead].Hash))
        {
            // ("When Okafor, 55, returned to the port, …": an age between commas does not end the clause.)
            while (begin < n && begin < 25 && (!chunks[begin].EndsClause(text) || AgeAfter(text, chunks, begin))) begin += AgeAfter(text, chunks, begin) ? 2 : 1;
            begin++;
            if (begin >= n - 1) return null;
        }
        // "It has been 20 years since 1,200 workers were laid off": what happened is the news, not how long ago.
        if (begin == 0 && SinceClause(text, chunks) is > 0 and var since) begin = since;
        // "Today the Justice Department released …", "Last month the port authority hired …", "In 2019 the council
        // approved …": a time phrase opening the clause without a comma is no part of its subject.
        if (OpeningTimePhrase(text, chunks, begin) is > 0 and var when && begin + when < n
            && (chunks[begin + when].Tag is WordTag.Determiner or WordTag.ProperNoun or WordTag.Pronoun || WordClasses.IsArticle(chunks[begin + when].Hash)
                || SubjectPronouns.Contains(chunks[begin + when].Hash)))
            begin += when;
        // The main verb: the first finite verb after a noun phrase.
        int verb = -1;
        bool sawNoun = false, inRelative = false, existential = false;
        int nounComma = -1;   // a noun just before a comma: what follows may be an aside
        int aside = -1, asideEnd = -1;   // the "who"/"which" opening an aside set off by commas, skipped whole, and its end
        int namedAt = -1;   // the "named" of "a retired captain named Ruth Olsen": the name is the subject
        int window = begin + 25;   // the subject and verb are near the start, past any aside
        for (int i = begin; i < n && i < window; i++)
        {
            var c = chunks[i];
            if (!c.HasWord) continue;
            if (i > begin && ClauseWords.Contains(c.Hash) && !sawNoun) return null;
            // A reported clause whose noun phrase runs into "as", "because", "while" … before any verb has no verb of its
            // own: "reported a 22% rise … as higher prices made up for …" is an object, not a report.
            // (An "as" after a verb is a preposition: "known as a least weasel", "served as mayor".)
            if (depth > 0 && sawNoun && i > begin && Subordinators.Contains(c.Hash) && !chunks[i - 1].EndsClause(text)
                && !(c.Word(text) is "as" && chunks[i - 1].Tag is not (WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number)))
                return null;
            // "Aldermen who voted no said …": the relative clause's verb is not the main verb. Set off by commas
            // ("The mayor, who has led the city since 2019, announced …"), the whole aside is skipped.
            if (sawNoun && c.Word(text) is "who" or "which" or "whose")
            {
                if (chunks[i - 1].EndsClause(text))
                {
                    aside = i;
                    i = asideEnd = AsideEnd(text, chunks, i);
                    window += i - aside;
                }
                else inRelative = true;
                continue;
            }
            // "All 11 service members aboard a helicopter that crashed … are believed dead": a "that" right after the
            // subject's noun opens a relative clause too, when two verb groups follow (the relative's and the main one;
            // with one, as in "The center estimates that 8,000 people are members", the "that" is a verb's).
            if (sawNoun && i > begin && c.Word(text) is "that" && !chunks[i - 1].EndsClause(text)
                && chunks[i - 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun && VerbGroupsAhead(text, chunks, i + 1) >= 2)
            {
                inRelative = true;
                continue;
            }
            // "Daniel Craig reprises his role", "Google plans a new phone": an "-s" word right after a name, before an article
            // or a possessive, is the name's verb, whatever the lexicon (or a guess from the spelling) says.
            if (c.Tag == WordTag.PluralNoun && !c.Capitalized && i > begin && chunks[i - 1].Tag == WordTag.ProperNoun && !chunks[i - 1].EndsClause(text)
                && !EndsInPossessive(chunks[i - 1].Word(text)) && !c.EndsClause(text) && i + 1 < n
                && (WordClasses.IsArticle(chunks[i + 1].Hash) || IsPossessive(text, chunks[i + 1])))
                chunks[i] = c = c with { Tag = WordTag.VerbPresent3 };
            // "Nigeria's military says its forces …": after the subject's noun, "says" is the verb, never a plural noun.
            else if (c.Tag == WordTag.PluralNoun && c.Word(text) is "says" && sawNoun && i > begin && !chunks[i - 1].EndsClause(text))
                chunks[i] = c = c with { Tag = WordTag.VerbPresent3 };
            // "Analysts at Greyharbor Research estimate the market …": a reporting verb the lexicon calls a noun, right after a
            // name and before an article, is the plural subject's verb.
            else if (c.Tag == WordTag.Noun && !c.Capitalized && (ReportingVerbs.Contains(c.Hash) || OpinionVerbs.Contains(c.Hash)) && i > begin
                && chunks[i - 1].Tag == WordTag.ProperNoun && !chunks[i - 1].EndsClause(text) && !c.EndsClause(text) && i + 1 < n
                && WordClasses.IsArticle(chunks[i + 1].Hash))
                chunks[i] = c = c with { Tag = WordTag.VerbBase };
            if (c.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number or WordTag.Pronoun)
            {
                // ("Ana Ruiz: Imagine …": a name before a colon introduces what follows; it is no subject.)
                sawNoun = c.Trailing(text).IndexOf(':') < 0;
                if (c.Trailing(text).IndexOf(',') >= 0)
                {
                    nounComma = i;
                    // "Lena Hart, a nurse at the hospital, filed …": an apposition set off by commas, with the verb right
                    // after it, is skipped like an aside.
                    // (Only after a name that can be the subject: not "On Tuesday, the first troops arrived …, flown in".)
                    // (Or after a common noun that opens the clause: "Volumes, a measure of how many units the company sold, fell".)
                    // (Only one an article or a part ("some of them", "one of them") opens: not the list "One French citizen,
                    // one Belgian and three Malians were …".)
                    // (Nor after a time, "Last year, the company moved into …, named …".)
                    if ((c.Tag == WordTag.ProperNoun || c.Tag is WordTag.Noun or WordTag.PluralNoun && OnlyNounPhraseBefore(chunks, begin, i)
                            && !TimeWords.Contains(c.Hash) && !Seasons.Contains(c.Hash)
                            && i + 2 < n && (WordClasses.IsArticle(chunks[i + 1].Hash) || chunks[i + 2].Word(text) is "of" && !chunks[i + 1].EndsClause(text)))
                        && chunks[PhraseStart(text, chunks, begin, i)].Tag != WordTag.Preposition
                        && Apposition(text, chunks, i + 1) is int end)
                    {
                        aside = i + 1;
                        i = asideEnd = end;
                        window += end - aside;
                        // ("…, plans to sue": the "-s" word after it is the verb.)
                        if (chunks[end + 1].Tag == WordTag.PluralNoun) chunks[end + 1] = chunks[end + 1] with { Tag = WordTag.VerbPresent3 };
                    }
                    // "The drug, called velanurab, is …", "The authority, known as WRTA, estimates …": a name given between
                    // commas is an aside too.
                    else if (NamingAside(text, chunks, i + 1) is int named)
                    {
                        aside = i + 1;
                        i = asideEnd = named;
                        window += named - aside;
                        if (chunks[named + 1].Tag == WordTag.PluralNoun) chunks[named + 1] = chunks[named + 1] with { Tag = WordTag.VerbPresent3 };
                    }
                }
                continue;
            }
            // "The attack that killed 23 was …": in a relative clause, a past form however tagged is its verb, not the main one.
            // (An auxiliary, "who were exposed", leads on to it: the main-verb test below walks that group.)
            if (inRelative && c.Tag is WordTag.VerbParticiple or WordTag.VerbPast && !IsAuxiliary(c) && !Do.Contains(c.Hash))
            {
                inRelative = false;
                continue;
            }
            // "There are 13 synagogues in the city": an existential "there" stands where a subject would ("13 Synagogues in City").
            if ((!sawNoun || chunks[i - 1].EndsClause(text)) && IsExistential(text, chunks, i)) { sawNoun = existential = true; continue; }
            // "Commuters crowded onto buses": an "-ed" adjective right after the subject, before a preposition, is its
            // verb, unless a verb follows in the clause ("documents released in 2014 put …").
            // (So is one before an article, its object: "An experimental drug slowed the decline …".)
            if (c.Tag == WordTag.Adjective && sawNoun && i > 0 && chunks[i - 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun
                && !chunks[i - 1].EndsClause(text) && c.Word(text).EndsWith("ed") && i + 1 < n
                && (chunks[i + 1].Tag == WordTag.Preposition && !VerbLater(text, chunks, i + 1) || WordClasses.IsArticle(chunks[i + 1].Hash) && !c.EndsClause(text))
                && OnlyNounPhraseBefore(chunks, begin, i))
                chunks[i] = c = c with { Tag = WordTag.VerbPast };
            bool infinitive = i > 0 && chunks[i - 1].Word(text) is "to";
            // "All but one of the sailors released were part of …": an "-ed" form between a noun and the clause's own
            // "were" describes the noun.
            if (c.Tag is WordTag.VerbParticiple or WordTag.VerbPast && c.Word(text).EndsWith("ed") && i > 0 && i + 1 < n && !c.EndsClause(text)
                && chunks[i - 1].Tag is WordTag.Noun or WordTag.PluralNoun && !chunks[i - 1].EndsClause(text) && !AuxBefore(chunks, i)
                && (Be.Contains(chunks[i + 1].Hash) || chunks[i + 1].Tag == WordTag.Modal)) continue;
            // "A retired captain named Ruth Olsen rescued …": "named" (or "called", "dubbed") before a name describes the noun
            // before it, when a finite verb follows the name straight away (not "The club named Rivera captain and fans …").
            if (c.Word(text) is "named" or "called" or "dubbed" or "nicknamed" && i > 0 && i + 2 < n && !c.EndsClause(text)
                && chunks[i - 1].Tag is WordTag.Noun or WordTag.PluralNoun && !chunks[i - 1].EndsClause(text) && !AuxBefore(chunks, i)
                && chunks[i + 1].Capitalized && VerbAfterName(text, chunks, i + 1))
            {
                namedAt = i;
                continue;
            }
            // "In an order issued Friday, Judge Hale granted …": an "-ed" form in an opening prepositional phrase that a
            // comma soon closes describes that phrase's noun.
            // (Right after that noun, or an adverb after it, "a post widely cited in …"; not "At least 300 people died,"
            // nor "as the mayor joked,".)
            int described = i - 1 > begin && chunks[i - 1].Tag == WordTag.Adverb && !chunks[i - 1].EndsClause(text) ? i - 2 : i - 1;
            if (c.Tag is WordTag.VerbParticiple or WordTag.VerbPast && c.Word(text).EndsWith("ed") && i > begin && !AuxBefore(chunks, i)
                && chunks[described].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun && !chunks[described].EndsClause(text)
                && PhraseStart(text, chunks, begin, described + 1) is int opening && chunks[opening].Tag == WordTag.Preposition
                && chunks[opening].Word(text) is not ("as" or "As") && QuantifierBefore(text, chunks, opening) is not > 0
                && !HasObject(text, chunks, i) && CommaThenClause(text, chunks, i, 5)) continue;
            // "a man shown being shot by a child": a participle after "being" is never the main verb.
            if (c.Tag is WordTag.VerbParticiple or WordTag.VerbPast && i > 0 && chunks[i - 1].Word(text) is "being") continue;
            // "The father of baby Lily, found by rescuers …, said": an aside's participle, however the lexicon tags it.
            if (c.Tag == WordTag.VerbPast && i > 0 && chunks[i - 1].EndsClause(text) && i + 1 < n && chunks[i + 1].Word(text) is "by") continue;
            // "The finger ring found in a grave is inscribed …": "found" before a preposition describes the noun.
            if (Find.Contains(c.Hash) && !AuxBefore(chunks, i) && i + 1 < n && chunks[i + 1].Tag == WordTag.Preposition) continue;
            // "About 30 gunmen tied to the group … stormed the hospital": an "-ed" form between the subject and a preposition,
            // with a finite verb later in the clause, describes the subject.
            // (A participle by the lexicon, "tied", "killed", or one before "by"; "died", "worked" are past tenses.)
            if ((c.Tag == WordTag.VerbParticiple || c.Tag == WordTag.VerbPast && i + 1 < n && chunks[i + 1].Word(text) is "by")
                && c.Word(text).EndsWith("ed") && !AuxBefore(chunks, i) && i > 0
                && chunks[i - 1].Tag is WordTag.Noun or WordTag.PluralNoun && !chunks[i - 1].EndsClause(text)   // (a name's "-ed" is its verb)
                && i + 2 < n && chunks[i + 1].Tag == WordTag.Preposition && !ClauseWords.Contains(chunks[i + 1].Hash)   // not "ended after officials closed"
                && !(chunks[i + 1].Word(text) is "to" && chunks[i + 2].Tag == WordTag.VerbBase)                        // not "failed to convince"
                && FiniteVerbBeforeClauseEnd(text, chunks, i + 2)) continue;
            // Right after an aside, an "-ed" form is the main verb ("The mayor, who …, announced"), unless "by" follows.
            bool afterAside = aside >= 0 && i == asideEnd + 1 && !(i + 1 < n && chunks[i + 1].Word(text) is "by");
            if (sawNoun && !infinitive && (IsVerbLike(c) || Be.Contains(c.Hash) || Have.Contains(c.Hash) || Do.Contains(c.Hash) || Will.Contains(c.Hash))
                && c.Tag != WordTag.VerbGerund && !(c.Tag == WordTag.VerbParticiple && !AuxBefore(chunks, i) && !ParticipleAsPast(text, chunks, i) && !afterAside))
            {
                if (inRelative)
                {
                    // Past the relative clause's verb group ("has dominated", "was named"): its auxiliaries lead on to
                    // its verb, and there it ends ("The men who escaped were captured").
                    while (i + 1 < n && !chunks[i].EndsClause(text) && IsAuxiliaryWord(chunks[i]) && IsVerbGroupWord(chunks[i + 1])) i++;
                    inRelative = false;
                    continue;
                }
                verb = i;
                break;
            }
            // A clause boundary before any verb: the subject was an introductory phrase; start again after it. (Not
            // after a short aside set off by commas: "The border, after all, is …".)
            if (c.EndsClause(text) && !(nounComma >= 0 && i - nounComma <= 3 && c.Trailing(text).IndexOf(',') >= 0)) sawNoun = false;
        }
        if (verb <= begin) return null;

        // Subject: the first noun phrase of the clause ("The agreement between the U.S. and Mexico also includes" → "Agreement").
        int clauseStart = PhraseStart(text, chunks, begin, verb), subjectEnd = verb;
        var (subject, plural, pronoun, nameTail) = NounPhrase(text, chunks, clauseStart, verb);
        if (subject.Count == 0 && !pronoun && aside >= 0)
        {
            // "The mayor, who has led …, announced" → "Mayor" (the comma before the aside closes the subject, not a clause).
            subjectEnd = aside;
            clauseStart = PhraseStart(text, chunks, begin, aside - 1);
            (subject, plural, pronoun, nameTail) = NounPhrase(text, chunks, clauseStart, aside);
            // "Kim, 55, who …": an age is not the subject; the name before it is.
            if (subject.Count == 1 && char.IsDigit(subject[0][0]) && clauseStart > begin && chunks[clauseStart - 1].Capitalized
                && NounPhrase(text, chunks, begin, aside) is { Words.Count: > 0 } named && !named.Pronoun)
                (subject, plural, pronoun, nameTail) = named;
        }
        // "The agreement, negotiated by …, also includes": the subject is the phrase before the aside.
        if (subject.Count == 0 && !pronoun && clauseStart > begin) (subject, plural, pronoun, nameTail) = NounPhrase(text, chunks, begin, verb);
        if (namedAt > clauseStart && namedAt < verb && NounPhrase(text, chunks, namedAt + 1, verb) is { Words.Count: > 0, Pronoun: false } name)
            (subject, plural, pronoun, nameTail) = name;
        if (existential) { subject.Clear(); nameTail = 0; }   // "Other than …, there were no details": the details are the news
        // A "he", "she" or "they" subject is the speaker (or the person) the caller names.
        string? pronounWord = pronoun ? FirstWord(text, chunks, clauseStart) : null;
        bool heOrShe = pronounWord is not null && IsHeOrShe(pronounWord), they = pronounWord is "they" or "They";
        // A reported "it" is named only by the caller, for a speaker that is no person.
        bool itNamed = pronounWord is "it" && depth > 0 && speaker is not null;
        // A quotation's "I" is the one it is attributed to ("'I want to share …,' the singer said" → "Singer Wants to Share …").
        bool firstPerson = depth == 0 && quoteSpeaker is not null && pronounWord is not null && IsI(pronounWord);
        if (pronoun) { subject.Clear(); nameTail = 0; }
        if (they && speakers is not null) plural = true;
        // "The Iraqi Kurds have long been", "Many Hong Kongers don't": a subject that ends like a plural is one when the
        // sentence's own verb agrees with a plural ("Kurds Have", never "Kurds Has"). (Not a name the label keeps of a
        // longer subject: "Prince and his band are" is still "Prince Brings".)
        if (!pronoun && subject.Count > 0 && !plural && PluralAgreement.Contains(chunks[verb].Hash)
            && subject[^1].EndsWith('s') && !subject[^1].EndsWith("ss", StringComparison.Ordinal) && !JoinedBefore(text, chunks, clauseStart, verb, subject[^1]))
            plural = true;

        // Verb group: auxiliaries, negation and adverbs up to the main verb.
        int v = verb;
        bool passive = false, future = false, negated = false, perfect = false, expectVerb = false;
        // "never did such a thing": a "never" just before the verb group belongs to it.
        // (Only "never": a "not" before the verb belongs to an aside or a clitic's passive, "It's not known".)
        bool never = verb > 0 && verb - 1 > asideEnd && chunks[verb - 1].Hash == NeverHash && !chunks[verb - 1].EndsClause(text);
        if (never) negated = true;
        string? modal = null;
        while (v < n - 1)
        {
            var c = chunks[v];
            if (Chunk.IsNegatedContraction(c.Word(text))) negated = true;   // "couldn't", "hasn't"
            if (Will.Contains(c.Hash)) future = true;
            else if (Have.Contains(c.Hash)) perfect = true;
            else if (c.Tag == WordTag.Modal) modal = WordOf(text, c);
            else if (Be.Contains(c.Hash))
            {
                // ("was hit by", "were hurt": a participle spelled like its base form, which the lexicon calls a base or a noun.)
                int at = NextNonAdverb(chunks, v + 1);
                var after = chunks[at];
                if (after.Tag is WordTag.VerbParticiple or WordTag.VerbPast) passive = true;
                else if (SameFormParticiples.Contains(after.Hash) && after.Tag is WordTag.VerbBase or WordTag.Noun)
                {
                    chunks[at] = after with { Tag = WordTag.VerbParticiple };
                    passive = true;
                }
            }
            else if (Negation.Contains(c.Hash)) negated = true;
            else if (!(Have.Contains(c.Hash) || Do.Contains(c.Hash) || c.Tag == WordTag.Adverb)) break;
            var next = chunks[v + 1];
            // After "will", "would", "did" (and "not"), past any adverb, the next word is a verb whatever the lexicon
            // says ("would cost", "would nearly double").
            // (Not after "is not": "are not related", "was not available" have no verb to come.)
            bool afterBe = v > verb && Be.Contains(chunks[v - 1].Hash) || Be.Contains(c.Hash);
            expectVerb = Will.Contains(c.Hash) || c.Tag == WordTag.Modal || Do.Contains(c.Hash) || Negation.Contains(c.Hash) && !afterBe || expectVerb && c.Tag == WordTag.Adverb;
            // (Not past a comma before a name or pronoun: "would also, officials said, raise".)
            bool forced = expectVerb && next.HasWord && next.Tag is not (WordTag.Preposition or WordTag.Determiner or WordTag.Pronoun or WordTag.Number)
                && !WordClasses.IsArticle(next.Hash) && !DoesSuchThing(text, chunks, v)   // "did such a thing": "did" is the verb
                && !(c.EndsClause(text) && next.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Pronoun);
            if (!(forced || IsVerbLike(next) || Be.Contains(next.Hash) || Have.Contains(next.Hash) || Negation.Contains(next.Hash) || next.Tag == WordTag.Adverb)) break;
            v++;
        }
        // The group may end on an adverb ("is largely"): the verb is the last verb word before it.
        while (v > verb && chunks[v].Tag == WordTag.Adverb) v--;
        // "is going to double down", "are going to be doubling": the present "going to" is a future ("Bush to Double Down");
        // a past one is an intention, told as written ("Was Going to Place"), never "Goes to Place".
        string? pastGoing = null;
        if (chunks[v].Word(text) is "going" && v > verb && Be.Contains(chunks[v - 1].Hash) && v + 2 < n && chunks[v + 1].Word(text) is "to"
            && !chunks[v].EndsClause(text) && !chunks[v + 1].EndsClause(text))
        {
            int at = v + 2;
            if (chunks[at].Word(text) is "be" && at + 1 < n && chunks[at + 1].Tag == WordTag.VerbGerund && !chunks[at].EndsClause(text)) at++;
            // (A word the lexicon calls a noun is the verb only with an object after it: "to place a bomb", not "to prison".)
            if (!chunks[at].Capitalized && (chunks[at].Tag is WordTag.VerbBase or WordTag.VerbGerund or WordTag.Adjective or WordTag.Unknown
                || chunks[at].Tag == WordTag.Noun && HasObject(text, chunks, at)))
            {
                if (chunks[v - 1].Word(text) is "was" or "were" or "Was" or "Were") pastGoing = WordOf(text, chunks[v - 1]);
                else future = true;
                v = at;
            }
        }
        var main = chunks[v];
        // "must each have been", "will no doubt be": no verb found after the modal; better no clause than "Must Must".
        if ((Will.Contains(main.Hash) || main.Tag == WordTag.Modal) && !existential) return null;
        // "X said (that) the city will build …": the news is the reported clause.
        // So is "they think (that) …" inside one ("Police say they think the classmates traveled …").
        // Never a denied one ("don't believe the fire was set"), and never a second speaker's ("said he believed Knowles …").
        if ((WordClasses.IsAttributionVerb(main.Hash) || ReportingVerbs.Contains(main.Hash)
                || RevealingVerbs.Contains(main.Hash) && ThatFollows(text, chunks, v)) && !negated
            && (depth == 0 || depth == 1 && subject.Count == 0 && Think.Contains(main.Hash)))
        {
            int from = v + 1;
            // "told reporters at a news conference that …": the reported clause starts after "that".
            for (int j = from; j < n && j < from + 8; j++)
                if (chunks[j].Word(text) is "that") { from = j + 1; break; }
            // Without "that", the one told is not the reported clause's subject: "told CNN she has received …".
            if (from == v + 1 && Tell.Contains(main.Hash)) from = AfterToldObject(text, chunks, from);
            // Nor is the day it was said: "Norway said Monday it has chosen …".
            // ("… said Saturday an unspecified number of Americans were arrested": before an article or a name too.)
            if (from == v + 1 && from + 1 < n && Weekdays.Contains(chunks[from].Hash) && !chunks[from].EndsClause(text)
                && (chunks[from + 1].Tag is WordTag.Pronoun or WordTag.Determiner or WordTag.ProperNoun || WordClasses.IsArticle(chunks[from + 1].Hash))) from++;
            // Without "that", a forecast or a finding has an object, not a report: "will add about $96 to the bill",
            // "migrants find alternative routes" (but "studies show heredity accounts for …" reports).
            // ("is expected to begin", "is believed to have fled": a passive report says what is expected of its subject.)
            // (With "that" right after it, it does: "It is expected that the airport will reopen".)
            bool reports = passive ? from == v + 2 : from > v + 1 || !future && modal is null && !Find.Contains(main.Hash);
            // "Gov. Wade Collins said he had asked …": the "he" is the speaker, named by surname ("Collins Asks …").
            // ("X said it …" is not: "it makes sense".)
            // ("Essebsi said he believed the attackers were …" reports what the attackers were: "Attackers Members of ISIS".)
            // ("Ruiz, 39, wrote that she …": past an age.)
            int nameEnd = subjectEnd >= 2 && chunks[subjectEnd - 1].Tag == WordTag.Number && chunks[subjectEnd - 1].EndsClause(text)
                && chunks[subjectEnd - 2].EndsClause(text) ? subjectEnd - 1 : subjectEnd;
            bool named = from < n && IsHeOrShe(chunks[from].Word(text)) && subject.Count > 0 && chunks[nameEnd - 1].Tag == WordTag.ProperNoun
                && (char.IsUpper(subject[^1][0]) || chunks[nameEnd - 1].EndsClause(text));   // a name, or named in an apposition
            // "Police say they have arrested …": a plural subject's "they" is that subject.
            bool namedGroup = from < n && chunks[from].Word(text) is "they" && subject.Count > 0 && plural;
            // "The U.S. announces it will keep …", "Norway said it has chosen …": a reported "it" is a speaker that
            // is no person.
            // Only a recognised name that is no person's, or an institution ("The ministry said it …"), and not an empty
            // "it" ("it is unclear", "it was too early", "it was a difficult case").
            bool namedThing = from + 2 < n && chunks[from].Word(text) is "it" && subject.Count > 0 && !plural
                && (chunks[nameEnd - 1].InEntity && !chunks[nameEnd - 1].InPerson || Entities.MentionTypeRules.HeadType(subject[^1]) >= 0 || Institutions.Contains(TextFolding.FoldedHash(subject[^1])))
                && !(Be.Contains(chunks[from + 1].Hash) && (chunks[from + 2].Tag is WordTag.Adjective or WordTag.Determiner or WordTag.Adverb
                    || WordClasses.IsArticle(chunks[from + 2].Hash) || Negation.Contains(chunks[from + 2].Hash)));
            if (reports && n - from >= 4 && Clause(text, chunks.GetRange(from, n - from), depth + 1,
                    named ? subject[^1] : namedThing ? string.Join(' ', subject) : heOrShe && SamePronoun(pronounWord!, chunks[from].Word(text)) ? speaker : null,
                    namedGroup ? string.Join(' ', subject) : they ? speakers : null) is { } reported)
                // (When the holder does not fit, the report stands alone: a bare noun phrase would say less.)
                return Attributed(text, main, subject, plural, nameTail > 0, modal is not null || future, chunks[from], reported) ?? reported;
        }
        bool auxOnly = existential || (Be.Contains(main.Hash) || Have.Contains(main.Hash)) && !(v + 1 < n && IsVerbLike(chunks[v + 1]));
        // A reported "he" or "she" is the speaker, by name ("Collins Asks …"); "they" the speakers ("Police Arrest …").
        bool substituted = (heOrShe || itNamed) && speaker is not null || they && speakers is not null || firstPerson;
        var label = firstPerson ? [.. quoteSpeaker!.Split(' ')]
            : (heOrShe || itNamed) && speaker is not null ? [.. speaker.Split(' ')]
            : they && speakers is not null ? [.. speakers.Split(' ')]
            : new List<string>(subject);
        var lemma = KnownLemma(main) ?? (MaybeParticiple(text, chunks, v) ? null : SpelledLemma(text, main));
        // A verb form the lexicon cannot take back to its base ("spurred", "mulling") stays as written, never "Spurreds".
        bool pastAsWritten = lemma is null && main.Tag is WordTag.VerbPast or WordTag.VerbParticiple or WordTag.VerbGerund or WordTag.VerbPresent3   // "are mulling" → "Mulling", "apologizes"
            || main.Word(text) is "used" && v + 1 < n && chunks[v + 1].Word(text) is "to"   // "used to be", never "Uses to Be"
            // "In 1971, a physicist conceptualized …", "ruled Nigeria from late 1983": a dated past is history, told in the
            // past; headline present is for the news (a blind review preferred the past in such sentences).
            || IsPastForm(main.Tag) && v == verb && !negated && modal is null && !future && !perfect && !passive && Dated(text, chunks, v);
        lemma ??= TextFolding.Fold(main.Word(text));
        string verbWord;
        if (existential) verbWord = negated ? "No" : "";   // "There might have been enough water" → "Enough Water"
        else if (auxOnly) verbWord = Be.Contains(main.Hash) ? (modal is not null ? NegatedModal(modal, negated) + " be" : negated ? "Not" : "") : negated ? (plural ? "Don't Have" : "Doesn't Have") : (plural ? "Have" : "Has");   // "didn't have a problem"
        else if (pastGoing is not null) verbWord = pastGoing + " going to " + lemma;
        else if (passive) verbWord = (negated ? "not " : "") + WordOf(text, main);     // "have not been charged" → "Not Charged"
        else if (future) verbWord = (label.Count > 0 ? "to " : "Will ") + lemma;
        else if (modal is not null && perfect && main.Tag is WordTag.VerbParticiple or WordTag.VerbPast) verbWord = modal + " have " + WordOf(text, main);   // "May Have Ensnared"
        else if (modal is not null) verbWord = modal + " " + lemma;
        else if (pastAsWritten) verbWord = WordOf(text, main);
        // (Without a subject, headline style: "Arrests Man"; with the speakers named, they agree: "Police Arrest".)
        else verbWord = plural && (subject.Count > 0 || they && speakers is not null) ? lemma : ThirdPerson(lemma);
        if (negated && !auxOnly && !passive)
            verbWord = never && v == verb && modal is null && !future && !perfect ? "never " + WordOf(text, main)   // "Never Answered"
                : modal is not null ? NegatedModal(modal, true) + " " + lemma   // "Couldn't Reach"
                : perfect && !future && main.Tag is WordTag.VerbParticiple or WordTag.VerbPast ? (plural ? "Haven't " : "Hasn't ") + WordOf(text, main)   // "Hasn't Paid"
                : (future ? "Won't " : plural ? "Don't " : "Doesn't ") + lemma;
        // "allegedly stole", "was reportedly seen": a hedge on the verb stays, or the claim reads as fact.
        for (int k = Math.Max(begin, verb - 1); k <= v && verbWord.Length > 0; k++)
            if (Hedges.Contains(chunks[k].Hash) && (k >= verb || !chunks[k].EndsClause(text))) { verbWord = WordOf(text, chunks[k]) + " " + verbWord; break; }
        if (verbWord.Length > 0) label.AddRange(verbWord.Split(' '));

        // Object: the words after the verb up to a clause boundary, keeping nouns, names, numbers and a preposition or two.
        int budget = MaxWords - label.Count;
        var obj = new List<string>();
        var nounEnds = new List<int>();
        var cutEnds = new List<int>();   // ends inside a name or between a number and its noun
        var weakEnds = new List<int>();   // noun ends cut before a noun or an object that continues them
        var droppable = new List<int>();   // object positions of adjectives that may go
        var owners = new List<int>();   // object lengths that end on a name's possessive ("Iran's")
        bool toBe = false;   // "warned him to be careful": the adjective after "to be" ends the headline
        bool toHave = false; // "thought to have capsized": so does the participle after "to have"
        bool clauseVerb = false;   // "knew he had left": the object is a clause, whose verb group comes next
        int pronounRoom = 0;   // the clause's pronoun costs no word of the limit: "Lawyers Admit He Set Three Fires"
        int particleEnd = -1;   // the object length that ends on a phrasal verb's particle ("Opens Up")
        int infinitiveEnd = -1;   // the object length that ends on an infinitive's verb ("to Liberate")
        int articleRoom = 0;   // a predicate noun's kept article ("Zephany a Newborn")
        // Nothing after a verb that closes its clause ("I was stunned," Okafor said) is its object.
        // "Harbor Board Chair Admiral Kent Accuses Six Shipping": when that makes room for more of the object, the words
        // before the name that ends the subject (titles) go ("Admiral Kent Accuses Six Shipping Firms"). Never a
        // word of the name itself, nor of a subject of two ("Hale and Ortiz").
        int spare = substituted || nameTail == 0 || subject.Contains("and") || subject.Contains("&") ? 0 : Math.Max(0, subject.Count - nameTail);
        // A particle before the name belongs to it ("Del Piero", "Le Clos").
        if (spare > 0 && NameParticles.Contains(TextFolding.FoldedHash(subject[spare - 1]))) spare--;
        // Only titles go, never a figure ("13 Million Americans").
        if (subject.Take(spare).Any(w => char.IsDigit(w[0]) || w[0] == '$' || lexicon.Tag(TextFolding.FoldedHash(w)) == WordTag.Number)) spare = 0;
        for (int i = v + 1; i < n && obj.Count < budget + spare + 2 && !main.EndsClause(text); i++)
        {
            var c = chunks[i];
            if (!c.HasWord) break;
            // "released the kind of data needed", "a number of residents": the kind or number of a thing is the thing.
            // (Not one an adjective describes: "a surprising number of people".)
            if (nounEnds.Count == 0 && i + 2 < n && PartitiveNouns.Contains(c.Hash) && !c.EndsClause(text) && chunks[i + 1].Word(text) is "of"
                && chunks[i - 1].Tag != WordTag.Adjective && !(obj.Count > 0 && obj[^1] is "a" or "an")   // (nor "a Sort of Outcast" kept for "a")
                && !chunks[i + 1].EndsClause(text) && chunks[i + 2].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.Adjective)
            {
                i++;
                continue;
            }
            // "hit Moore two years ago", "released him two hours after the arrest", "found a car three blocks away": a span
            // that only places the event or the object goes, with its "ago"; an "after" clause or a place ends the object.
            if (PlacingSpanAt(text, chunks, i, obj.Count == 0 || nounEnds.Contains(obj.Count), obj.Count > 0) is var relation and >= 0)
            {
                if (chunks[i - 1].Tag == WordTag.Adjective) nounEnds.Add(obj.Count);   // it completes the verb: "Found Safe"
                if (chunks[relation].Word(text) is "after" or "before" || DistanceRelations.Contains(chunks[relation].Hash) || chunks[relation].EndsClause(text)) break;
                i = relation;
                continue;
            }
            // Before a number, "about" goes and "fewer than" / "as many as" / "at least" stay: they carry the figure's
            // meaning. Short of room for the number's noun, headline forms stand in: "Under 9,000", "Up to 600 Jobs".
            if (QuantifierBefore(text, chunks, i) is int words and > 0)
            {
                if (!Approximately.Contains(c.Hash))
                {
                    string? shorter = words + 2 <= budget - obj.Count ? null : c.Word(text) switch
                    {
                        "more" or "More" => "over",
                        "fewer" or "Fewer" or "less" or "Less" => "under",
                        "as" or "As" => "up to",
                        _ => null,
                    };
                    if (shorter is not null) obj.AddRange(shorter.Split(' '));
                    else for (int k = i; k < i + words; k++) obj.Add(WordOf(text, chunks[k]));
                }
                i += words - 1;
                continue;
            }
            if ((ClauseWords.Contains(c.Hash) || Questions.Contains(c.Hash)) && i > v + 1) break;
            // "are not related": the verb group's "not" is in the label already ("Not Related").
            if (negated && auxOnly && obj.Count == 0 && Negation.Contains(c.Hash) && !c.EndsClause(text)) continue;
            // "knew he had left the cabin", "insists she's not responsible", "believe it could work": a clause as the object
            // keeps its pronoun subject and its verb group, negation included ("Knew He Had Left Cabin"); without them
            // the label is broken English ("Know Left Cabin") or says the opposite ("Insists Not Responsible" is fine,
            // "Insists Responsible" is not).
            // (In the sentence's own clause only: a reported clause's object stays as it was.)
            if (depth == 0 && obj.Count == 0 && c.Tag == WordTag.Pronoun && SubjectPronouns.Contains(c.Hash) && !c.EndsClause(text) && i + 1 < n
                && (i == v + 1 || i == v + 2 && chunks[v + 1].Word(text) is "that")   // not "when he had", "what he said"
                && (c.Word(text).IndexOfAny('\'', '\u2019') > 0 || IsVerbGroupWord(chunks[i + 1]) && !(chunks[i + 1].Tag == WordTag.Adverb && !Negation.Contains(chunks[i + 1].Hash))))
            {
                obj.Add(WordOf(text, c));
                clauseVerb = true;
                pronounRoom = 1;
                budget++;
                continue;
            }
            // "opens up about", "dropped out of the race": a particle right after the verb is part of it ("Opens Up").
            // ("flown back to the U.S.": the destination says more than "Back", which the compound preposition below keeps when it fits.)
            if (i == v + 1 && obj.Count == 0 && Particles.Contains(c.Hash) && !c.Capitalized
                && !(c.Word(text) is "back" && i + 1 < n && !c.EndsClause(text) && chunks[i + 1].Word(text) is "to"))
            {
                obj.Add(WordOf(text, c));
                nounEnds.Add(particleEnd = obj.Count);
                if (c.EndsClause(text)) break;
                continue;
            }
            if (clauseVerb)
            {
                if (Negation.Contains(c.Hash) || IsVerbLike(c) || IsAuxiliary(c) || Do.Contains(c.Hash))
                {
                    obj.Add(WordOf(text, c));
                    // A verb that is no auxiliary ends the label only where its clause ends ("It Isn't Happening"), not
                    // before its object or complement ("He Looked" of "he looked angry").
                    if (!IsAuxiliary(c) && !Do.Contains(c.Hash) && !Negation.Contains(c.Hash) && (c.EndsClause(text) || c.Trailing(text).IndexOfAny(".!?") >= 0))
                        nounEnds.Add(obj.Count);
                    if (c.EndsClause(text)) break;
                    continue;
                }
                if (c.Tag == WordTag.Adverb && !c.EndsClause(text)) continue;
                clauseVerb = false;
            }
            if (toHave && Be.Contains(c.Hash))   // "to have been killed"
            {
                obj.Add(WordOf(text, c));
                continue;
            }
            if (toHave && c.Tag is WordTag.VerbParticiple or WordTag.VerbPast)
            {
                obj.Add(WordOf(text, c));
                nounEnds.Add(obj.Count);
                toHave = false;
                continue;
            }
            // "There have been no illnesses reported": what happened to them is the news.
            if (existential && c.Tag is WordTag.VerbPast or WordTag.VerbParticiple && obj.Count > 0 && nounEnds.Contains(obj.Count))
            {
                obj.Add(WordOf(text, c));
                nounEnds.Add(obj.Count);
                if (c.EndsClause(text)) break;
                continue;
            }
            // "shot dead", "went missing", "fell ill", "turned violent": the verb's result stays with it.
            if (obj.Count == 0 && i == v + 1 && (c.Word(text) is "dead"
                || BecomingVerbs.Contains(main.Hash) && (c.Tag == WordTag.Adjective || c.Word(text) is "missing")))
            {
                obj.Add(WordOf(text, c));
                nounEnds.Add(obj.Count);
                if (c.EndsClause(text)) break;
                continue;
            }
            // "chased and caught the thief": a second verb of the same subject, in the same form, joins the first.
            if (obj.Count == 0 && IsAnd(text, c) && !c.EndsClause(text) && i + 1 < n && !existential && !auxOnly
                && (chunks[i + 1].Tag == main.Tag || IsPastForm(chunks[i + 1].Tag) && IsPastForm(main.Tag) || (future || modal is not null) && chunks[i + 1].Tag == WordTag.VerbBase)
                && WordLexicon.IsVerb(chunks[i + 1].Tag) && verbWord.Length > 0)
            {
                var second = chunks[++i];
                obj.Add("and");
                obj.Add(passive || pastAsWritten ? WordOf(text, second)
                    : PresentTense(text, second, baseForm: future || modal is not null || plural && (subject.Count > 0 || they && speakers is not null)));
                if (passive) nounEnds.Add(obj.Count);   // "Shot and Killed" is whole; "Shoots and Kills" needs its object
                if (second.EndsClause(text)) break;
                continue;
            }
            // "issued an arrest warrant Monday": a base-form word right after a common noun, with no object of its own, is the
            // second noun of a compound, not a verb.
            if (c.Tag == WordTag.VerbBase && !IsAuxiliary(c) && !Do.Contains(c.Hash) && obj.Count > 0 && chunks[i - 1].Tag == WordTag.Noun && !chunks[i - 1].Capitalized && !chunks[i - 1].EndsClause(text)
                && !(i + 1 < n && !c.EndsClause(text) && (chunks[i + 1].Tag is WordTag.Determiner or WordTag.Pronoun || WordClasses.IsArticle(chunks[i + 1].Hash) || IsPossessive(text, chunks[i + 1]))))
                chunks[i] = c = c with { Tag = WordTag.Noun };
            if (IsVerbLike(c) && c.Tag != WordTag.VerbParticiple && c.Tag != WordTag.VerbGerund && obj.Count > 0)
            {
                // "voted to raise the tax", "ordered crews to reopen the port": keep the infinitive.
                if (!(obj[^1] == "to" && c.Tag == WordTag.VerbBase)) break;
                obj.Add(WordOf(text, c));
                infinitiveEnd = obj.Count;
                toBe = Be.Contains(c.Hash);
                // "claim to have filled 133 orders": "to have" needs what follows.
                toHave = Have.Contains(c.Hash);
                // "Votes to Raise" may end a headline; "Orders Forces to Retake" needs what it retakes.
                // So may an adjective's ("Ready to Return").
                // ("Not to Run", "Back to Bite": a leading "not" or particle does not count.)
                int leading = obj[0] == "not" || CompoundPrepositionStarts.Contains(TextFolding.FoldedHash(obj[0])) ? 1 : 0;
                // (Before its own object, "Ordered to Stand" of "ordered to stand trial", only as a last resort.)
                bool objectFollows = i + 1 < n && !c.EndsClause(text) && !ClauseWords.Contains(chunks[i + 1].Hash) && (chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun
                    or WordTag.Number or WordTag.Determiner || WordClasses.IsArticle(chunks[i + 1].Hash) || IsPossessive(text, chunks[i + 1]));
                if (!toBe && !toHave && (obj.Count - leading == 2 || auxOnly && nounEnds.Contains(obj.Count - 2)))
                {
                    nounEnds.Add(obj.Count);
                    if (objectFollows) weakEnds.Add(obj.Count);
                }
                // ("are expected to survive, the police department said": the clause ends with the verb.)
                if (c.EndsClause(text)) break;
                continue;
            }
            // "in each of the next two years": a partitive ends the object (skipping "each" would leave "in of"); one
            // opening it goes whole ("some of our favorite zingers" → "Favorite Zingers"), as does one opening an infinitive's
            // object ("vowed to liberate all of its territories" → "Vows to Liberate Territories").
            if (c.Tag == WordTag.Determiner && !WordClasses.IsArticle(c.Hash) && i + 1 < n && chunks[i + 1].Word(text) is "of")
            {
                if (obj.Count > 0 && obj.Count != infinitiveEnd) break;
                i++;
                continue;
            }
            // "back to his hotel" → "Back to Hotel": headlines drop possessive pronouns.
            if (IsPossessive(text, c) && !c.EndsClause(text) && i + 1 < n && !(c.Word(text) is "her" && !HerPossessive(text, chunks, i))
                && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective or WordTag.Number) continue;
            // "no idea", "no official rules": the negation is the news.
            if (No.Contains(c.Hash) && !c.EndsClause(text))
            {
                obj.Add("no");
                if (i + 1 < n && chunks[i + 1].Word(text) is "longer") obj.Add(WordOf(text, chunks[++i]));   // "No Longer Cooperating"
                continue;
            }
            // "add $96 a year", "5,000 flights a week", "new cases every day": a rate after the object keeps its determiner
            // ("$96 a Year"; a bare "Year" would dangle).
            if (obj.Count > 0 && c.Word(text) is "a" or "an" or "per" or "each" or "every" && !c.EndsClause(text) && i + 1 < n
                && TimeSpans.Contains(chunks[i + 1].Hash) && !SmallWords.Contains(obj[^1]) && !SpanCounts.Contains(chunks[i - 1].Hash)
                && !SpanRelationAt(text, chunks, i, out _))
            {
                obj.Add(c.Word(text).ToString().ToLowerInvariant());
                obj.Add(WordOf(text, chunks[++i]));
                nounEnds.Add(obj.Count);
                if (chunks[i].EndsClause(text)) break;
                continue;
            }
            // "cut the budget this year", "crashed earlier this week": a time phrase whose determiner would go is dropped
            // whole ("… for Schools", not "… Schools Year"); "last week" and "(this) Tuesday" read whole and stay.
            if (c.Word(text) is "this" or "these" or "every" or "each" && !c.EndsClause(text) && i + 1 < n && TimeNouns.Contains(chunks[i + 1].Hash)
                && !SpanRelationAt(text, chunks, i, out _))
            {
                // ("a new study published this month suggests": the reduced relative's verb is not the object's.)
                if (chunks[++i].EndsClause(text) || i + 1 < n && chunks[i + 1].Tag is WordTag.VerbPresent3 or WordTag.VerbPast or WordTag.Modal) break;
                continue;
            }
            // "would prevent him from joining", "wants him out of the festival": an object pronoun before a preposition stays,
            // or the verb reads as if it had none ("Would Prevent from Joining").
            if (obj.Count == 0 && i == v + 1 && c.Word(text) is "him" or "her" or "them" or "it" && !c.EndsClause(text) && i + 1 < n
                && (chunks[i + 1].Tag == WordTag.Preposition || Particles.Contains(chunks[i + 1].Hash)) && !ClauseWords.Contains(chunks[i + 1].Hash)
                && chunks[i + 1].Word(text) is not "to")
            {
                obj.Add(WordOf(text, c));
                pronounRoom = 1;   // (like a clause's pronoun, it costs no word of the limit)
                budget++;
                continue;
            }
            // "Zephany was a newborn" → "Zephany a Newborn": headlines drop "is" but keep the article of a predicate noun,
            // or two nouns run together ("Zephany Newborn").
            if (obj.Count == 0 && auxOnly && !existential && subject.Count > 0 && modal is null && !future && Be.Contains(main.Hash) && c.Word(text) is "a" or "an" && !c.EndsClause(text)
                && i + 1 < n && chunks[i + 1].Tag is WordTag.Noun or WordTag.Adjective or WordTag.Unknown or WordTag.Number && !chunks[i + 1].Capitalized)
            {
                obj.Add(c.Word(text).ToString());
                articleRoom = 1;   // (the article costs no word of the limit, or it cuts the noun it introduces short)
                budget++;
                continue;
            }
            if (c.Tag == WordTag.Determiner || WordClasses.IsArticle(c.Hash) && c.Tag != WordTag.ProperNoun || c.Tag == WordTag.Pronoun && obj.Count == 0 && !c.Capitalized)
            {
                if (c.Tag == WordTag.Pronoun) continue;
                if (c.EndsClause(text)) break;
                continue;
            }
            // "pleaded not guilty", "decided not to run": the negation stays.
            if (c.Word(text) is "not" && !negated && !c.EndsClause(text) && obj.Count == 0 && i + 1 < n
                && !(chunks[i + 1].Tag == WordTag.Determiner || WordClasses.IsArticle(chunks[i + 1].Hash) || chunks[i + 1].Word(text) is "only"))
            {
                obj.Add("not");
                continue;
            }
            // "recovering at home but doctors have …": "but" opens another clause (not "nothing but success", "small but deadly").
            if (c.Word(text) is "but" && obj.Count > 0 && obj[^1] is not ("nothing" or "all" or "anything" or "everything" or "none" or "last")
                && !(chunks[i - 1].Tag == WordTag.Adjective && i + 1 < n && chunks[i + 1].Tag == WordTag.Adjective)) break;
            // "a prop and not a passenger", "by not voting": any other negation would be dropped below, turning the meaning
            // around; the object ends before it. ("not only by …" negates nothing.)
            if (Negation.Contains(c.Hash) && !(i + 1 < n && chunks[i + 1].Word(text) is "only" or "just" or "merely")) break;
            // "ahead of the storm", "due to rain": an adverb opening a compound preposition stays with it.
            if (CompoundPrepositionStarts.Contains(c.Hash) && !c.EndsClause(text) && i + 1 < n && chunks[i + 1].Word(text) is "of" or "to" && obj.Count < budget - 2)
            {
                obj.Add(WordOf(text, c));
                continue;
            }
            // "gathered outside the embassy": a word the lexicon calls an adverb is a preposition before its object.
            if (c.Tag is WordTag.Adverb && ObjectPrepositions.Contains(c.Hash) && !c.EndsClause(text) && i + 1 < n
                && (chunks[i + 1].Tag is WordTag.Determiner or WordTag.ProperNoun or WordTag.Noun or WordTag.PluralNoun
                    || WordClasses.IsArticle(chunks[i + 1].Hash) || IsPossessive(text, chunks[i + 1])))
                c = c with { Tag = WordTag.Preposition };
            // "suspended for allegedly striking a colleague": so does a hedge in the object.
            if (Hedges.Contains(c.Hash) && !c.EndsClause(text) && i + 1 < n && IsVerbLike(chunks[i + 1]))
            {
                obj.Add(WordOf(text, c));
                continue;
            }
            if (c.Tag is WordTag.Adverb && !c.Capitalized && !(auxOnly && Be.Contains(main.Hash) && i + 1 < n && chunks[i + 1].Tag == WordTag.Adjective))
            {
                if (c.EndsClause(text)) break;
                continue;
            }
            // "expelled two of the boys" → "Expels Two Boys", as in the subject.
            if (obj.Count > 0 && i > 0 && chunks[i - 1].Tag == WordTag.Number && CountsOfThe(text, chunks, i, obj[^1]) && PluralFollows(text, chunks, i + 2))
            {
                i++;
                continue;
            }
            if (c.Tag == WordTag.Preposition && !ObjectPrepositions.Contains(c.Hash)) break;
            // "about to reveal" is no preposition, and "about a mile" no topic: both end the object.
            if (c.Word(text) is "about" && i + 2 < n && (chunks[i + 1].Word(text) is "to"
                || WordClasses.IsArticle(chunks[i + 1].Hash) && Measures.Contains(chunks[i + 2].Hash))) break;
            // A possessive before what it owns ("at the museum's gate", "Iran's nuclear program") cannot end a
            // headline as written: a name may, without its "'s" ("May Degrade Iran"); a common noun may not.
            bool owner = EndsInPossessive(c.Word(text)) && i + 1 < n && !c.EndsClause(text)
                && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective or WordTag.Number or WordTag.Unknown;
            // "stormed a jail and dragged out a suspect": a second verb after the first one's object takes its tense
            // (not a participle inside it: "62,320 sent and received emails").
            bool secondVerb = obj.Count > 1 && obj[^1] == "and" && nounEnds.Contains(obj.Count - 1) && IsPastForm(c.Tag) && IsPastForm(main.Tag) && !passive && !pastAsWritten
                && !existential && !auxOnly && modal is null && !future && !negated && verbWord.Length > 0;
            obj.Add(secondVerb ? PresentTense(text, c, baseForm: plural && (subject.Count > 0 || they && speakers is not null)) : WordOf(text, c));
            if (owner && c.Capitalized) owners.Add(obj.Count);
            // A common adjective before its noun may go to make room ("Bitter 1987 strike" → "1987 Strike").
            // Not one that carries the meaning: a listed one, a comparison ("larger", "latest", "most important"), an
            // ordinal, one of a pair ("domestic and foreign"), or one said of something ("slams as unacceptable").
            if (c.Tag == WordTag.Adjective && !c.Capitalized && !c.EndsClause(text) && !KeptAdjectives.Contains(c.Hash) && i + 1 < n
                && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective or WordTag.Number
                && !IsAnd(text, chunks[i + 1]) && !(i > v + 1 && (IsAnd(text, chunks[i - 1]) || chunks[i - 1].Tag == WordTag.Adverb || chunks[i - 1].Word(text) is "as" or "most" or "more" or "less" or "least"))
                && !IsComparison(c.Word(text))
                // (Nor one right after a kept article, whose "a" or "an" it decides: "an Excellent Way".)
                && !(obj.Count >= 2 && obj[^2] is "a" or "an"))
                droppable.Add(obj.Count - 1);
            // After "is", an adjective can end the headline ("Move Largely Symbolic"). A hyphenated word before an
            // adjective or noun modifies it ("high-stakes political battle"), so it cannot.
            bool modifier = c.Word(text).Contains('-') && i + 1 < n && !c.EndsClause(text) && chunks[i + 1].Tag is WordTag.Adjective or WordTag.Noun or WordTag.PluralNoun;
            modifier |= owner && !c.Capitalized;
            // A name cut in two ("for Cousin in New" of "New Jersey") or a number without what it counts ("for 21" days) is
            // a last resort.
            // A common noun's possessive needs what it owns ("on Local Community's"), a name's may end as the name.
            modifier |= EndsInPossessive(c.Word(text)) && !c.Capitalized;
            bool cuts = !c.EndsClause(text) && i + 1 < n && (c.Tag == WordTag.ProperNoun && chunks[i + 1].Tag == WordTag.ProperNoun
                || c.Tag == WordTag.Number && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.Number or WordTag.ProperNoun or WordTag.Adjective
                    or WordTag.VerbPresent3);   // ("with 49 wins": after a number, an "-s" word is what it counts)
            if (!modifier && (c.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number or WordTag.Unknown
                || CompoundGerund(text, chunks, i)
                || (auxOnly && Be.Contains(main.Hash) || toBe || obj.Count == 1 && LinkingVerbs.Contains(main.Hash)) && c.Tag == WordTag.Adjective
                    // (Said of the subject, not of a noun after it: not "to Photograph New" of "a new clinic".)
                    && !AttributiveAt(text, chunks, i)))
            {
                if (!EndsTooSoon(text, chunks, i)) (cuts ? cutEnds : nounEnds).Add(obj.Count);
                // A noun the next noun continues ("Six Shipping" of "six shipping firms") ends the object weakly.
                // (So does a lower-case word the lexicon does not know: "missing trawler".)
                // (Not before a day: "an arrest warrant Monday" ends whole at "Warrant".)
                if (!c.EndsClause(text) && i + 1 < n && (chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun
                    || chunks[i + 1].Tag == WordTag.Unknown && !chunks[i + 1].Capitalized)
                    && !Weekdays.Contains(chunks[i + 1].Hash) && !Days.Contains(chunks[i + 1].Hash)) weakEnds.Add(obj.Count);
            }
            // ("a rare, 475-pound turtle": a comma between two adjectives of one noun goes on.)
            if ((c.EndsClause(text) || c.Trailing(text).IndexOfAny(".!?") >= 0) && !CoordinateAdjectives(text, chunks, i)) break;
        }
        // Cut back to the last noun that fits, never ending on a preposition or adjective.
        int keep = nounEnds.Where(e => e <= budget).DefaultIfEmpty(0).Max();
        // (Not for a mere adjunct after a whole object: "Police Officer Dan Brook Injured Wednesday", not "Dan Brook
        // Injured Wednesday in Millbrook".)
        bool adjunctOnly = keep > 0 && !weakEnds.Contains(keep) && keep < obj.Count && Adjuncts.Contains(TextFolding.FoldedHash(obj[keep]));
        bool trimmed = false;
        if (!adjunctOnly && nounEnds.Where(e => e <= budget + spare && !weakEnds.Contains(e)).DefaultIfEmpty(0).Max() is int longer && longer > budget)
        {
            keep = longer;
            label.RemoveRange(0, spare);   // the title goes whole: "Admiral Kent", not "Chair Admiral Kent"
            trimmed = true;
        }
        // "Film to Detail Bitter 1987 Harbor Strike": rather than cut the object short, its common
        // adjectives go, first to last, as far as needed to reach a whole noun phrase.
        List<int>? dropped = null;
        if ((keep == 0 || weakEnds.Contains(keep)) && !trimmed && droppable.Count > 0)
            foreach (int end in nounEnds.Where(e => e > budget && !weakEnds.Contains(e)).OrderByDescending(e => e))
            {
                var before = droppable.Where(d => d < end).ToList();
                if (end - before.Count > budget) continue;
                dropped = before.GetRange(0, end - budget);
                keep = end;
                break;
            }
        // A name the limit would cut in two ("Flown to United" of "United States", "Moved to Salt" of "Salt Lake City")
        // is finished when one or two more words do it, though the label runs long: a broken name is worse. (A day after
        // a name is no part of it: "on HBO Saturday".)
        int overflow = 0;
        // (So is one after a bare particle: "Sits Down with Dr. Phil McGraw", not "Sits Down".)
        if ((keep == 0 || keep == particleEnd) && cutEnds.Where(e => e <= budget && e > keep).DefaultIfEmpty(0).Max() is int cut and > 0
            && nounEnds.Where(e => e > cut).DefaultIfEmpty(0).Min() is int whole and > 0 && whole <= budget + 2 && !weakEnds.Contains(whole)
            && obj.Skip(cut).Take(whole - cut).All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])) && !Weekdays.Contains(TextFolding.FoldedHash(w))))
            (keep, overflow) = (whole, whole - budget);
        if (keep == 0) keep = cutEnds.Where(e => e <= budget).DefaultIfEmpty(0).Max();
        // A noun phrase the limit cut one word short ("for Sending Racist" of "racist emails", "of Two Police" of "two police
        // officers") is finished with that word, the label one word long, as a name is: a broken phrase is worse.
        if (overflow == 0 && dropped is null && !trimmed && keep == budget && (weakEnds.Contains(keep) || keep > 0 && IsAdjectival(obj[keep - 1]))
            && nounEnds.Contains(keep + 1) && !weakEnds.Contains(keep + 1) && Finishes(obj[keep - 1], obj[keep]))
            (keep, overflow) = (keep + 1, 1);
        // Otherwise an adjective cut from its noun ("No New Clues About Missing" of "the missing trawler", "in Libyan" of
        // "the Libyan capital") reads worse than the whole phrase before it ("No New Clues"). (A noun cut from the noun it
        // modifies, "in Styrofoam" of "Styrofoam cubes", still reads whole: a blind review preferred it kept.)
        if (weakEnds.Contains(keep) && dropped is null && overflow == 0 && !trimmed && IsAdjectival(obj[keep - 1])
            && nounEnds.Where(e => e < keep && !weakEnds.Contains(e)).DefaultIfEmpty(0).Max() is int phraseEnd and > 0)
            keep = phraseEnd;
        // "Council Could Be", "Report Has": an auxiliary with nothing after it says nothing.
        if (keep == 0 && auxOnly && verbWord.Length > 0) return null;
        // "Pugh Lists", "Ward Seems": a name standing in for a bullet's pronoun needs more than a bare verb after it.
        if (keep == 0 && substituted && depth == 0 && !passive) return null;
        if (keep > 0) label.AddRange(dropped is null ? obj.Take(keep) : obj.Take(keep).Where((_, k) => !dropped.Contains(k)));
        if (keep > 0 && owners.Contains(keep) && !NamesWithPossessive.Contains(TextFolding.FoldedHash(label[^1])))
            label[^1] = WithoutPossessive(label[^1]);
        label.RemoveAll(w => w.Length == 0);
        if (label.Count < MinWords || label.Count > Math.Min(MaxWords + pronounRoom + articleRoom + overflow, MaxWords + 2)) return null;
        // A label that is only a verb and function words says nothing.
        if (label.Count(IsContentWord) < 2) return null;
        // "United Nations Says", "Senator Takes": a headline never ends on a verb left without its object.
        int lemmaHash = TextFolding.FoldedHash(lemma);
        // Nor is "Daughter Says Friday" news: a saying verb needs what was said, not only when.
        if (!passive && WordClasses.IsAttributionVerb(main.Hash) && keep > 0 && obj.Take(keep).All(w => Weekdays.Contains(TextFolding.FoldedHash(w)) || TimeWords.Contains(TextFolding.FoldedHash(w))))
            return null;
        // Nor, without a subject, "Says Ana Ruiz" or "Tells Anything": "say" or "tell" with only the speaker or the
        // listener names no news. (With one, "Coach Tells Reporters" at least names who spoke: a blind review preferred
        // it to the fallback phrase.) An order ("Tells Council to Delay Vote") or a clause with its verb does.
        if (!passive && depth == 0 && SayOrTell.Contains(main.Hash) && subject.Count == 0 && !substituted
            && keep > 0 && pronounRoom == 0 && !obj.Take(keep).Contains("to"))
            return null;
        if (!passive && !auxOnly && keep == 0 && (DanglingEnd.Contains(lemmaHash) || WordClasses.IsAttributionVerb(lemmaHash) || WordClasses.IsAttributionVerb(main.Hash)
            || ReportingVerbs.Contains(main.Hash))) return null;
        return label;

        bool IsContentWord(string w) => !SmallWords.Contains(w) && !WordClasses.IsStopWord(TextFolding.FoldedHash(w));
    }

    /// <summary>
    /// The first noun phrase in [from, to): up to 4 words, with a short "of" complement; drops determiners. NameTail
    /// counts the words of the recognised name that ends it (2 for "Harbor Board Chair Admiral Kent" when the name
    /// is "Admiral Kent"), 0 when it ends otherwise.
    /// </summary>
    private (List<string> Words, bool Plural, bool Pronoun, int NameTail) NounPhrase(string text, List<Chunk> chunks, int from, int to)
    {
        var words = new List<string>();
        var tags = new List<WordTag>();
        var named = new List<bool>();   // word inside a recognised name
        int notEven = 0;
        bool plural = false;
        int i = from;
        while (i < to)
        {
            var c = chunks[i];
            // "Four suicide bombers -- three women and a man -- carried out": a dash after the phrase opens an aside. (Not
            // one that adds to the subject, "international media -- and Kurdish politicians --", or names it, "-- Hill --".)
            if (!c.HasWord && words.Count > 0 && text.AsSpan(c.Start, c.End - c.Start).IndexOfAny("-\u2014\u2013") >= 0
                && !(i + 1 < to && (chunks[i + 1].Word(text) is "and" or "or" || NameThenDash(chunks, i + 1, to)))) break;
            if (!c.HasWord) { i++; continue; }
            // "… yet, but the sixth season made its debut", "Both Hale and Ortiz": a conjunction opening the clause is no
            // part of its subject.
            if (words.Count == 0 && c.Word(text) is "but" or "But" or "yet" or "so" or "both" or "Both" or "either" or "Either" && !c.EndsClause(text) && i + 1 < to) { i++; continue; }
            // "A previously unknown group", "the always amusing account": an adverb of the adjective after it goes. (Not a
            // degree word that is the meaning, "most famous", "so special is", "only".)
            if (words.Count == 0 && c.Tag == WordTag.Adverb && !c.EndsClause(text) && i + 2 < to && chunks[i + 1].Tag == WordTag.Adjective
                && !chunks[i + 1].EndsClause(text) && (c.Word(text) is "always" or "very" or "Very" || c.Word(text).EndsWith("ly") && c.Word(text) is not ("only" or "Only")))
            { i++; continue; }
            // "His slaying": a possessive opens the phrase like an article.
            if (words.Count == 0 && IsPossessive(text, c) && i + 1 < to) { i++; continue; }
            // "However the same Constitution defines …": a sentence adverb before the subject is no part of it.
            if (words.Count == 0 && i == from && SentenceAdverbs.Contains(c.Hash) && !c.EndsClause(text) && i + 1 < to && !EndsInApostropheS(c.Word(text)))
            {
                // "Only 11 cars": before a figure, "only" is its meaning and stays.
                if (c.Word(text) is "only" or "Only" && chunks[i + 1].Tag == WordTag.Number) { words.Add("only"); tags.Add(WordTag.Adverb); named.Add(false); }
                i++;
                continue;
            }
            // "Most fans", "many of the victims": the quantifier stays and "of the" goes ("Most Fans Not Disappointed");
            // "each of the candidates", "some of the residents" are the candidates, the residents.
            if (words.Count == 0 && i + 1 < to && !c.EndsClause(text) && Quantifiers.Contains(c.Hash))
            {
                int j = i + 1;
                if (chunks[j].Word(text) is "of" && !chunks[j].EndsClause(text))
                    for (j++; j < to && (chunks[j].Tag == WordTag.Determiner || WordClasses.IsArticle(chunks[j].Hash) || IsPossessive(text, chunks[j])) && !chunks[j].EndsClause(text); j++) { }
                // "Many of us abandoned …": the quantifier is the whole subject, and plural ("Many Abandon Field").
                // ("Some" and "each" of a pronoun name no one: "The corpses, some of them beheaded, were found".)
                if (j + 1 == to && j > i + 1 && chunks[j].Word(text) is "us" or "them" or "you" or "these" or "those"
                    && c.Word(text) is not ("each" or "Each" or "some" or "Some"))
                {
                    words.Add(WordOf(text, c)); tags.Add(WordTag.Noun); named.Add(false);
                    return (words, true, false, 0);
                }
                // (Not before a figure: "some 3,000 women" is about 3,000, "most of the 23 victims" is not 23.)
                if (j < to && chunks[j].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective)
                {
                    // ("Some" and "each" go: a headline's plural says as much.)
                    if (c.Word(text) is not ("each" or "Each" or "some" or "Some")) { words.Add(WordOf(text, c)); tags.Add(WordTag.Adverb); named.Add(false); }
                    i = j;
                    continue;
                }
            }
            // "Not even a strike could stop …", "Not a single trace has been found": the negation is the news ("Not Even Strike
            // Could Stop …", "No Trace … Found"); dropped, the label says the opposite.
            if (words.Count == 0 && i + 2 < to && c.Word(text) is "not" or "Not" && !c.EndsClause(text) && !chunks[i + 1].EndsClause(text))
            {
                if (chunks[i + 1].Word(text) is "even")
                {
                    words.Add("not"); tags.Add(WordTag.Adverb); named.Add(false);
                    words.Add("even"); tags.Add(WordTag.Adverb); named.Add(false);
                    notEven = 2;   // ("Not even the storm": its article still goes)
                    i += 2;
                    continue;
                }
                if (WordClasses.IsArticle(chunks[i + 1].Hash) && chunks[i + 2].Word(text) is "single")
                {
                    words.Add("no"); tags.Add(WordTag.Determiner); named.Add(false);
                    i += 3;
                    continue;
                }
            }
            // "Not everyone agreed", "Nothing compares", "Many fear": an indefinite pronoun that is the whole subject stays.
            if (words.Count == 0 && i + 1 < to && c.Word(text) is "not" or "Not" && !c.EndsClause(text) && IndefinitePronouns.Contains(chunks[i + 1].Hash) && i + 2 == to)
            { words.Add("not"); tags.Add(WordTag.Adverb); named.Add(false); i++; continue; }
            if (words.Count == 0 && i + 1 == to && IndefinitePronouns.Contains(c.Hash))
            {
                words.Add(WordOf(text, c)); tags.Add(WordTag.Noun); named.Add(false);
                return (words, PluralPronouns.Contains(c.Hash), false, 0);
            }
            if (c.Tag == WordTag.Pronoun && words.Count == 0 && !c.Capitalized || c.Tag == WordTag.Pronoun && c.Word(text) is "He" or "She" or "They" or "It" or "We" or "I")
                return ([], false, true, 0);
            // "No one", "no charges": the negation stays.
            if (No.Contains(c.Hash) && words.Count == 0 && !c.EndsClause(text) && i + 1 < to
                && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective or WordTag.Number)
            { words.Add("no"); tags.Add(WordTag.Determiner); named.Add(false); i++; continue; }
            if (c.Tag == WordTag.Determiner || WordClasses.IsArticle(c.Hash) && c.Tag != WordTag.ProperNoun) { if (words.Count > notEven) break; i++; continue; }
            // "More than 410,000 customers", "At least three refineries": the number leads the phrase.
            if (words.Count == 0 && QuantifierBefore(text, chunks, i) is int quantifier and > 1) { i += quantifier; continue; }
            // "About 2,300 dockworkers", "more than 40 ships": the quantifier goes, the number stays.
            if (words.Count == 0 && c.Tag is WordTag.Adverb or WordTag.Adjective or WordTag.Preposition && i + 1 < to && chunks[i + 1].Tag == WordTag.Number && (Approximately.Contains(c.Hash) || c.Word(text) is "over" or "Over"))
            { i++; continue; }
            // "Picket lines", "posted speed limit": a verb-looking word before a noun modifies it.
            if (c.Tag is WordTag.VerbBase or WordTag.VerbGerund or WordTag.VerbParticiple && i + 1 < to && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun && !c.EndsClause(text))
                c = c with { Tag = WordTag.Noun };
            bool joiner = IsAnd(text, c) && words.Count > 0 && i + 1 < to && chunks[i + 1].Tag is WordTag.ProperNoun or WordTag.Noun or WordTag.PluralNoun;
            if (!(joiner || c.Tag is WordTag.ProperNoun or WordTag.Noun or WordTag.PluralNoun or WordTag.Number or WordTag.Adjective)) break;
            if (joiner) plural = true;
            words.Add(WordOf(text, c));
            tags.Add(c.Tag);
            named.Add(c.InEntity);
            i++;
            if (c.EndsClause(text)) break;
        }
        // "$290 million … comes": an amount of money is singular.
        // ("The 30-year-old said": an age is one person.)
        // ("Flight 212 took off", "Runway 13 remained": a number after a capitalised noun names it; not "top 1%", "20th".)
        bool Identifier(int k) => k > 0 && tags[k - 1] is WordTag.Noun or WordTag.ProperNoun && char.IsUpper(words[k - 1][0])
            && char.IsDigit(words[k][0]) && words[k].All(char.IsDigit);
        if (words.Count > 0 && (tags[^1] == WordTag.PluralNoun || tags[^1] == WordTag.Number && !words[0].StartsWith('$')
            && !words[^1].EndsWith("-old", StringComparison.OrdinalIgnoreCase) && !Identifier(words.Count - 1))) plural = true;
        // "Democrats have", "Israelis vote": a name that is the plural of a people or party is plural.
        if (words.Count > 0 && tags[^1] == WordTag.ProperNoun && IsPluralOfCommonWord(words[^1])) plural = true;
        // "13 million Americans": a count above one makes a phrase of names plural (not "7-year-old boy", "2024 budget").
        // (Not an age written in words: "the 36 year old says".)
        bool age = words.Count >= 3 && words[^1] is "old" or "Old" && words[^2] is "year" or "Year" or "years" or "Years";
        if (words.Count > 0 && tags[^1] != WordTag.Noun && !words[0].StartsWith('$') && !age)
            for (int k = 0; k < words.Count; k++) if (tags[k] == WordTag.Number && IsCount(words[k]) && !Identifier(k)) plural = true;
        // The recognised name ending the phrase ("Admiral Kent" of "Harbor Board Chair Admiral Kent").
        int nameTail = 0;
        while (nameTail < tags.Count && tags[^(nameTail + 1)] == WordTag.ProperNoun && named[^(nameTail + 1)]) nameTail++;
        // "Deployment of 10,000 troops": a short "of" complement stays. (A leading "only" is not counted.)
        int only = words.Count > 0 && words[0] == "only" ? 1 : 0;
        if (words.Count - only is > 0 and <= 2 && i < to && chunks[i].Word(text) is "of" && !chunks[i - 1].EndsClause(text))
        {
            var (complement, complementPlural, isPronoun, _) = NounPhrase(text, chunks, i + 1, to);
            // "A couple of executives took …": a quantity noun counts its complement, which is the subject. Not
            // "the number of residents has dipped": with "the", the number itself is.
            int head = TextFolding.FoldedHash(words[^1]);
            bool counts = !QuantityOnly.Contains(head) || i - 2 >= from && chunks[i - 2].Word(text) is "a" or "A" or "an" or "An" || words[^1] is "lots" or "Lots";
            bool quantity = words.Count - only == 1 && Quantities.Contains(head) && counts;
            if (!isPronoun && complement.Count > 0) nameTail = 0;
            // "Two of the photos" → "Two Photos": a count's "of the" goes before the plural it counts (not "80% of", "one of").
            if (!isPronoun && complementPlural && complement.Count > 0 && words.Count - only == 1 && tags[^1] == WordTag.Number && CountsOfThe(text, chunks, i, words[^1])
                && words.Count + complement.Count <= 3)
            {
                words.AddRange(complement);
                plural = true;
            }
            else if (quantity && !isPronoun && complement.Count > 0)
            {
                plural = complementPlural;
                if (QuantityOnly.Contains(head)) { words.RemoveAt(words.Count - 1); words.AddRange(complement); }
                else if (words.Count - only + 1 + complement.Count <= 4) { words.Add("of"); words.AddRange(complement); }
            }
            else if (!isPronoun && complement.Count > 0 && words.Count - only + 1 + complement.Count <= 4)
            {
                words.Add("of");
                words.AddRange(complement);
            }
        }
        // Over 4 words: drop leading adjectives, then leading words ("only" goes first).
        if (words.Count - only > 4 && only == 1) { words.RemoveAt(0); tags.RemoveAt(0); only = 0; }
        while (words.Count > 4 && tags.Count > 0 && tags[0] == WordTag.Adjective) { words.RemoveAt(0); tags.RemoveAt(0); }
        while (words.Count > 4 + only) words.RemoveAt(0);
        if (words.Count > 1 && words[0] is "and" or "or") words.RemoveAt(0);   // "Chinese and Hong Kong Government" cut to four
        return (words, plural, false, Math.Min(nameTail, words.Count));
    }

    /// <summary>Fixes lexicon tags from context: after a determiner or possessive a "verb" is a noun ("the move", "Trump's deal").</summary>
    private List<Chunk> Retag(string text, IReadOnlyList<Chunk> chunks)
    {
        var result = new List<Chunk>(chunks);
        for (int i = 0; i < result.Count; i++)
        {
            // "the solar-powered plane", "Disgraced former general Ruiz": a hyphenated verb form where a noun phrase opens
            // (not "to have booby-trapped much of"), or an "-ed" form opening the sentence, before a noun or adjective
            // describes it.
            var word = result[i].Word(text);
            bool phraseStart = i == 0 || result[i - 1].EndsClause(text) || result[i - 1].Tag is WordTag.Determiner or WordTag.Adjective or WordTag.Number
                || WordClasses.IsArticle(result[i - 1].Hash) || IsPossessive(text, result[i - 1]) || EndsInApostropheS(result[i - 1].Word(text));
            if (WordLexicon.IsVerb(result[i].Tag) && i + 1 < result.Count && !result[i].EndsClause(text)
                && result[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective
                && (word.Length > 4 && word[1..^1].Contains('-') && phraseStart || i == 0 && result[i].Tag is WordTag.VerbPast or WordTag.VerbParticiple && word.EndsWith("ed")))
                result[i] = result[i] with { Tag = WordTag.Adjective };
        }
        for (int i = 1; i < result.Count; i++)
        {
            var p = result[i - 1];
            var c = result[i];
            // ("which has", "which claims": a relative pronoun is no determiner.)
            bool nounContext = p.Tag == WordTag.Determiner && p.Word(text) is not ("which" or "Which") || WordClasses.IsArticle(p.Hash) || p.Tag == WordTag.Adjective
                || EndsInApostropheS(p.Word(text)) || IsPossessive(text, p);
            // "a suicide bomb attack": a base-form verb cannot follow a singular noun as its verb, so it continues a
            // compound noun before another noun.
            bool compoundBefore = p.Tag == WordTag.Noun && c.Tag == WordTag.VerbBase && !IsAuxiliary(c) && i + 1 < result.Count
                && result[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun && !c.EndsClause(text);
            // "speed limit was": a verb-looking word between a noun and an auxiliary ends a compound noun.
            bool compound = p.Tag is WordTag.Noun && i + 1 < result.Count && IsAuxiliary(result[i + 1]) && !IsAuxiliary(c) && !c.EndsClause(text);
            if ((nounContext || compound || compoundBefore) && !p.EndsClause(text) && c.Tag is WordTag.VerbBase or WordTag.VerbPresent3)
                result[i] = c with { Tag = c.Tag == WordTag.VerbPresent3 ? WordTag.PluralNoun : WordTag.Noun };
            // "The league now reports 72 chapters", "Norway faces a choice": after a singular subject, a plural-looking
            // word before its object is the verb.
            else if (c.Tag == WordTag.PluralNoun && !c.EndsClause(text) && !p.EndsClause(text) && i + 1 < result.Count
                && (p.Tag is WordTag.Noun or WordTag.ProperNoun && !EndsInPossessive(p.Word(text)) && !WordClasses.IsArticle(p.Hash)
                    || p.Tag == WordTag.Adverb && i > 1 && result[i - 2].Tag is WordTag.Noun or WordTag.ProperNoun)
                && (result[i + 1].Tag is WordTag.Number or WordTag.Determiner || WordClasses.IsArticle(result[i + 1].Hash) || IsPossessive(text, result[i + 1]))
                && VerbForms.Contains(c.Hash))
                result[i] = c with { Tag = WordTag.VerbPresent3 };
            // "known for hits", "in talks": after a preposition, a verb-looking "-s" word is a plural noun.
            else if (p.Tag == WordTag.Preposition && p.Word(text) is not ("to" or "To") && !p.EndsClause(text) && c.Tag == WordTag.VerbPresent3)
                result[i] = c with { Tag = WordTag.PluralNoun };
            // "they struggle", "we need": after a subject pronoun, the lexicon's noun is a verb.
            else if (p.Word(text) is "they" or "They" or "we" or "We" or "I" or "you" or "You" && !p.EndsClause(text) && c.Tag == WordTag.Noun
                && lexicon.Lookup(c.Hash).Lemma is null && i + 1 < result.Count && result[i + 1].Tag is not (WordTag.Noun or WordTag.PluralNoun))
                result[i] = c with { Tag = WordTag.VerbBase };
            // "150 raids", "10 hits": after a number, a verb-looking "-s" word the lexicon does not know is what it counts.
            else if (p.Tag == WordTag.Number && !p.EndsClause(text) && c.Tag == WordTag.VerbPresent3 && lexicon.Tag(c.Hash) == WordTag.Unknown)
                result[i] = c with { Tag = WordTag.PluralNoun };
            // "Two suspects had been identified": after a number, a verb-looking "-s" word before an auxiliary is what it counts.
            else if (p.Tag == WordTag.Number && !p.EndsClause(text) && c.Tag == WordTag.VerbPresent3 && !IsAuxiliary(c) && i + 1 < result.Count && IsAuxiliary(result[i + 1]))
                result[i] = c with { Tag = WordTag.PluralNoun };
            // "a 3% raise": after "a"/"the" and a number, a verb-looking word is the noun it counts (not "30% believe").
            else if (p.Tag == WordTag.Number && i > 1 && WordClasses.IsArticle(result[i - 2].Hash) && !p.EndsClause(text) && c.Tag == WordTag.VerbBase)
                result[i] = c with { Tag = WordTag.Noun };
            // "will likely be": an adverb, whatever the lexicon says of "likely".
            else if (c.Word(text) is "likely" or "unlikely" && (Will.Contains(p.Hash) || p.Tag == WordTag.Modal))
                result[i] = c with { Tag = WordTag.Adverb };
            // "The injured included …", "the accused was": after an article and before a verb, a participle is who it names.
            else if (WordClasses.IsArticle(p.Hash) && c.Tag is WordTag.VerbPast or WordTag.VerbParticiple && !c.EndsClause(text) && i + 1 < result.Count
                && (result[i + 1].Tag is WordTag.VerbPast or WordTag.VerbParticiple or WordTag.VerbPresent3 or WordTag.Modal || Be.Contains(result[i + 1].Hash) || Have.Contains(result[i + 1].Hash)))
                result[i] = c with { Tag = WordTag.PluralNoun };   // "The Injured Include …"
            // "a charmed life", "the injured man", "the community's closed page": a participle between an article or an
            // owner and a noun describes the noun.
            else if ((WordClasses.IsArticle(p.Hash) || EndsInPossessive(p.Word(text)) || IsPossessive(text, p)) && c.Tag is WordTag.VerbPast or WordTag.VerbParticiple && !c.EndsClause(text)
                && i + 1 < result.Count && result[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun)
                result[i] = c with { Tag = WordTag.Adjective };
            // "veered to the left", "among the wounded and the dead": after an article, a participle that ends its phrase
            // is what it names.
            // (Not before a comma: "the wide-eyed, puckered-mouth character".)
            else if (WordClasses.IsArticle(p.Hash) && !p.EndsClause(text) && c.Tag is WordTag.VerbPast or WordTag.VerbParticiple && !c.Word(text).Contains('-')
                && (i + 1 == result.Count ? c.Trailing(text).IndexOf(',') < 0
                    : !c.EndsClause(text) && (result[i + 1].Tag is WordTag.Preposition || result[i + 1].Word(text) is "and" or "or")))
                result[i] = c with { Tag = WordTag.Noun };
            // "was shot", "gunmen shot and killed": the lexicon's noun "shot" or "cut" is a verb after an auxiliary, or
            // between a subject and what it did to whom.
            else if (c.Tag == WordTag.Noun && NounLikeVerbs.Contains(c.Hash) && !p.EndsClause(text) && (AfterAuxiliary(p) || AfterSubject(p, i)))
                result[i] = c with { Tag = AfterAuxiliary(p) ? WordTag.VerbParticiple : WordTag.VerbPast };
            // "the killing", "his slaying", "her brutal slaying": a gerund after an article or possessive is a noun.
            else if ((nounContext && p.Tag != WordTag.Adjective || p.Tag == WordTag.Adjective && i > 1 && (IsPossessive(text, result[i - 2]) || WordClasses.IsArticle(result[i - 2].Hash)))
                && !p.EndsClause(text) && c.Tag == WordTag.VerbGerund)
                result[i] = c with { Tag = WordTag.Noun };
        }
        return result;

        static bool AfterAuxiliary(Chunk p) => Be.Contains(p.Hash) || Have.Contains(p.Hash) || Negation.Contains(p.Hash);

        // (A name after a singular common noun may be when it was shot: "video shot Saturday shows".)
        bool AfterSubject(Chunk p, int i) => p.Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Pronoun && i + 1 < result.Count
            && (result[i + 1].Tag is WordTag.Determiner or WordTag.Pronoun or WordTag.Number || result[i + 1].Tag == WordTag.ProperNoun && p.Tag != WordTag.Noun
                || WordClasses.IsArticle(result[i + 1].Hash) || result[i + 1].Word(text) is "dead" or "and");
    }
}
