using System.Collections.Frozen;
using System.Text;

namespace NewsNlp.Summarization;

// The grammar helpers of HeadlineLabeler: word classes, participles, quantifiers, agreement, headline casing, and
// clause landmarks (asides, appositions, an existential "there", the one told).
internal sealed partial class HeadlineLabeler
{
    // "The council voted to …": a participle right after the subject, not introducing a "by" phrase, is a past tense.
    private static bool ParticipleAsPast(string text, List<Chunk> chunks, int i)
    {
        // "known", "taken", "shown": a participle in -n is never a past tense ("a trio known as …").
        if (chunks[i].Word(text).EndsWith('n')) return false;
        // "The Civic Federation, a budget watchdog, estimated that …": a report after an aside.
        if (i + 1 < chunks.Count && chunks[i + 1].Word(text) is "that" && i > 0 && chunks[i - 1].EndsClause(text)) return true;
        int p = i - 1;
        while (p >= 0 && chunks[p].Tag == WordTag.Adverb) p--;
        // "Police in Pomona, California, issued an arrest warrant": after a name and its comma, a participle with an
        // object is the verb. (Not "Smith, arrested a day earlier,": a time span is no object.)
        if (p >= 0 && chunks[p].Tag == WordTag.ProperNoun && chunks[p].Trailing(text).Trim() is "," && HasObject(text, chunks, i)
            && !(i + 2 < chunks.Count && (TimeSpans.Contains(chunks[i + 2].Hash) || SpanCounts.Contains(chunks[i + 2].Hash)))) return true;
        if (p < 0 || chunks[p].EndsClause(text)) return false;
        if (chunks[p].Tag is not (WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Pronoun)) return false;
        return i + 1 >= chunks.Count || !(chunks[i + 1].Word(text) is "by");
    }

    private static readonly WordHashSet Find = Hashes("find finds found");

    private static readonly WordHashSet Approximately = Hashes("about around nearly almost roughly some approximately");

    /// <summary>The length of a quantifier ("about", "more than", "as many as") at <paramref name="i"/> that a number follows; 0 when there is none.</summary>
    private static int QuantifierBefore(string text, List<Chunk> chunks, int i)
    {
        static bool Is(string text, List<Chunk> chunks, int k, string word) =>
            k < chunks.Count && chunks[k].Word(text).Equals(word, StringComparison.OrdinalIgnoreCase) && !chunks[k].EndsClause(text);
        bool NumberAt(int k) => k < chunks.Count && chunks[k].Tag == WordTag.Number;
        if (Approximately.Contains(chunks[i].Hash) && !chunks[i].EndsClause(text) && NumberAt(i + 1)) return 1;
        if ((Is(text, chunks, i, "more") || Is(text, chunks, i, "fewer") || Is(text, chunks, i, "less")) && Is(text, chunks, i + 1, "than") && NumberAt(i + 2)) return 2;
        if ((Is(text, chunks, i, "at") && Is(text, chunks, i + 1, "least") || Is(text, chunks, i, "up") && Is(text, chunks, i + 1, "to")) && NumberAt(i + 2)) return 2;
        if (Is(text, chunks, i, "as") && (Is(text, chunks, i + 1, "many") || Is(text, chunks, i + 1, "much")) && Is(text, chunks, i + 2, "as") && NumberAt(i + 3)) return 3;
        return 0;
    }

    // A bare count above one ("13", "10,000", "million", "two"), not a year, an amount or a compound ("7-year-old").
    // (Nor a year or a decade: "2024 budget", "1980s rocker", "'90s band".)
    private static bool IsCount(string word) =>
        word is not ("one" or "One" or "1") && !word.Contains('-') && !word.StartsWith('$')
        && !(word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2')
        && !(word.Length >= 3 && word[^1] == 's' && word[^2] == '0' && word[..^1].All(c => char.IsDigit(c) || c is '\'' or '\u2019'));

    private static bool IsPossessive(string text, Chunk c) =>
        c.Tag == WordTag.Pronoun && c.Word(text) is "his" or "His" or "her" or "Her" or "its" or "Its" or "their" or "Their" or "our" or "Our" or "my" or "My" or "your" or "Your";

    // "could" + not → "could not"; "couldn't" stays as written.
    private static string NegatedModal(string modal, bool negated) =>
        negated && !Chunk.IsNegatedContraction(modal) ? modal + " not" : modal;

    // True when [from, to) is one plain noun phrase: the subject the word after it would be the verb of.
    private static bool OnlyNounPhraseBefore(List<Chunk> chunks, int from, int to)
    {
        for (int j = from; j < to; j++)
            if (chunks[j].Tag is not (WordTag.Determiner or WordTag.Adjective or WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number)) return false;
        return true;
    }

    // True when a finite verb (or, with participles, any "-ed" form the lexicon calls a participle) comes before the clause ends.
    private static bool VerbLater(string text, List<Chunk> chunks, int from, bool participles = false)
    {
        for (int j = from; j < chunks.Count; j++)
        {
            // (For a participle, a verb joined by "and" is its own second verb, not a later main verb: "veered to the
            // left and stopped".)
            if (participles && j > from && (chunks[j - 1].Word(text) is "and" or "or"
                || chunks[j - 1].Tag == WordTag.Adverb && j - 1 > from && chunks[j - 2].Word(text) is "and" or "or")) continue;
            if (chunks[j].Tag is WordTag.VerbPast or WordTag.VerbPresent3 or WordTag.Modal || IsAuxiliary(chunks[j])
                || participles && chunks[j].Tag == WordTag.VerbParticiple) return true;
            if (chunks[j].EndsClause(text)) return false;
        }
        return false;
    }

    // True when a past or present-tense verb right after a noun ("… the Islamic State stormed") comes before the clause
    // ends, a new clause begins ("that", "how", "a plan the mayor …") or an infinitive does ("to show").
    private static bool FiniteVerbBeforeClauseEnd(string text, List<Chunk> chunks, int from)
    {
        for (int j = from; j < chunks.Count; j++)
        {
            var c = chunks[j];
            // ("since April 2014", "after Monday": before a date or a figure such a word is a preposition.)
            if ((ClauseWords.Contains(c.Hash) || Questions.Contains(c.Hash))
                && !(c.Word(text) is "since" or "after" or "before" && j + 1 < chunks.Count && chunks[j + 1].Tag is WordTag.ProperNoun or WordTag.Number)) return false;
            // "a plan the mayor unveiled": an article right after a noun opens another clause's subject.
            if (WordClasses.IsArticle(c.Hash) && j > from && chunks[j - 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun) return false;
            if (c.Word(text) is "to" && j + 1 < chunks.Count && chunks[j + 1].Tag == WordTag.VerbBase) return false;
            // (The noun may stand an adverb away: "… since April 2014 now exceeds".)
            int noun = j - 1;
            if (noun > from && chunks[noun].Tag == WordTag.Adverb && !chunks[noun].EndsClause(text)) noun--;
            if ((c.Tag is WordTag.VerbPast or WordTag.VerbPresent3 || IsAuxiliary(c)) && j > from
                && chunks[noun].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Number && !chunks[noun].EndsClause(text)) return true;
            if (c.EndsClause(text)) return false;
        }
        return false;
    }

    private static bool IsAuxiliary(Chunk c) => Be.Contains(c.Hash) || Have.Contains(c.Hash) || Will.Contains(c.Hash) || c.Tag == WordTag.Modal;

    // The index of the first chunk from i on that is not an adverb ("was also boosted" → "boosted"); the last chunk's if all are.
    private static int NextNonAdverb(List<Chunk> chunks, int i)
    {
        while (i < chunks.Count - 1 && chunks[i].Tag == WordTag.Adverb) i++;
        return Math.Min(i, chunks.Count - 1);
    }

    private static bool AuxBefore(IReadOnlyList<Chunk> chunks, int i) =>
        i > 0 && (Be.Contains(chunks[i - 1].Hash) || Have.Contains(chunks[i - 1].Hash) || i > 1 && Negation.Contains(chunks[i - 1].Hash));

    private static bool IsAnd(string text, Chunk c) => c.Word(text) is "and" or "&";

    // A contracted verb ("'s" of an opening "He's", its own chunk) in full: "He Is", never "He 's".
    private static string WordOf(string text, Chunk c) =>
        c.HasWord && text[c.WordStart] is '\'' or '\u2019' && ContractedVerbs.TryGetValue(c.Hash, out string? full) ? full
            : text.Substring(c.WordStart, c.WordEnd - c.WordStart);

    private static readonly FrozenDictionary<int, string> ContractedVerbs =
        new[] { "is", "has", "are", "am", "have", "will" }.ToFrozenDictionary(w => TextFolding.FoldedHash(w), w => w);

    /// <summary>"deploy" → "deploys", "push" → "pushes", "carry" → "carries", "be" → "is", "have" → "has".</summary>
    internal static string ThirdPerson(string lemma)
    {
        if (lemma.Length == 0) return lemma;
        if (lemma == "be") return "is";
        if (lemma == "have") return "has";
        if (lemma.EndsWith('y') && lemma.Length > 1 && !"aeiou".Contains(lemma[^2])) return lemma[..^1] + "ies";
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch") || lemma.EndsWith("sh") || lemma.EndsWith('o')) return lemma + "es";
        return lemma + "s";
    }

    /// <summary>Headline case: capitalise every word but short function words (unless first or last); keep acronyms and numbers.</summary>
    internal static string HeadlineCase(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            if (sb.Length > 0) sb.Append(' ');
            bool edge = i == 0 || i == words.Count - 1;
            // (A capital "A" inside a sentence is a name's letter, "Serie A", "Plan A": it stays.)
            if (!edge && SmallWords.Contains(w) && w != "A") { sb.Append(w.ToLowerInvariant()); continue; }
            // A name's lower-case particle stays as written between capitalised words: "Chad le Clos", "Caminito del Rey".
            if (!edge && IsLowerParticle(w) && words[i - 1].Length > 0 && (char.IsUpper(words[i - 1][0]) || IsLowerParticle(words[i - 1]))
                && words[i + 1].Length > 0 && (char.IsUpper(words[i + 1][0]) || IsLowerParticle(words[i + 1]))) { sb.Append(w); continue; }
            // Dotted abbreviations stay as written: "a.m.", "U.S." (never "A.m.").
            if (w.Length > 1 && w.AsSpan(0, w.Length - 1).Contains('.')) { sb.Append(w); continue; }
            // Capitalise each part of hyphenated words ("border-crossing" → "Border-Crossing"); leave "iPhone", "U.S." alone.
            bool upperNext = true;
            foreach (char ch in w)
            {
                sb.Append(upperNext && char.IsLower(ch) && !HasInnerCapital(w) ? char.ToUpperInvariant(ch) : ch);
                upperNext = ch is '-' or '/';
            }
        }
        return sb.ToString();
    }

    private static bool IsLowerParticle(string w) => w.Length > 0 && char.IsLower(w[0]) && NameParticles.Contains(TextFolding.FoldedHash(w));

    private static bool HasInnerCapital(string w)
    {
        for (int i = 1; i < w.Length; i++) if (char.IsUpper(w[i]) && char.IsLetter(w[i - 1])) return true;
        return false;
    }

    // Where a span that only places the event or the object starts at i ("two years ago", "three blocks away"): the index
    // of the word placing it, or -1. A span of time may follow the verb or a whole object; a distance only a whole object
    // or the adjective completing the verb ("found safe 400 miles away"): right after the verb it says where ("parked 10
    // meters from the gate"). Never a preposition's object ("for 40 years before"), nor a span whose own noun an
    // adjective modifies ("the initial hours after").
    private static int PlacingSpanAt(string text, List<Chunk> chunks, int i, bool wholeObject, bool hasObject)
    {
        var before = chunks[i - 1];
        if (before.Tag is WordTag.Preposition or WordTag.Determiner or WordTag.Number || WordClasses.IsArticle(before.Hash)
            || SpanCounts.Contains(before.Hash) || IsPossessive(text, before) || !SpanRelationAt(text, chunks, i, out int relation)) return -1;
        bool distance = DistanceRelations.Contains(chunks[relation].Hash);
        if (distance && !hasObject) return -1;
        if (before.Tag == WordTag.Adjective) return distance && relation > i + 1 ? relation : -1;
        return wholeObject ? relation : -1;
    }

    // True when chunks from i are a counted span of time or distance followed by a word placing something by it ("a day
    // after", "less than two hours after", "two years ago", "three blocks away"); relation is that word's index.
    private static bool SpanRelationAt(string text, List<Chunk> chunks, int i, out int relation)
    {
        relation = -1;
        int j = i;
        while (j < chunks.Count && !chunks[j].EndsClause(text) && (chunks[j].Tag == WordTag.Number || SpanCounts.Contains(chunks[j].Hash))) j++;
        if (j + 1 >= chunks.Count || chunks[j].EndsClause(text)) return false;
        int noun = chunks[j].Hash, next = chunks[j + 1].Hash;
        if (!(TimeSpans.Contains(noun) && TimeRelations.Contains(next) || Distances.Contains(noun) && DistanceRelations.Contains(next))) return false;
        relation = j + 1;
        return true;
    }

    // True when the chunks from i are names up to a dash: an aside that only names ("the third panelist -- Hill --").
    private static bool NameThenDash(List<Chunk> chunks, int i, int to)
    {
        int start = i;
        while (i < to && chunks[i].HasWord && chunks[i].Tag == WordTag.ProperNoun) i++;
        return i > start && i < to && !chunks[i].HasWord;
    }

    // Adverbs that open a sentence before its subject ("However the board …", "Only Putin …"); never a negation.
    private static readonly WordHashSet SentenceAdverbs = Hashes("however meanwhile now still yet even only perhaps instead also previously recently soon eventually indeed already usually thankfully finally later then "
        + "today tonight yesterday sometimes overall ultimately initially currently originally separately similarly additionally moreover furthermore nevertheless nonetheless");
    // Adverbs that open a compound preposition with "of" or "to" ("ahead of", "back to", "due to").
    private static readonly WordHashSet CompoundPrepositionStarts = Hashes("ahead back out due because instead prior next close together aboard apart away along");
    private static readonly WordHashSet Think = Hashes("think thinks thought believe believes believed");
    private static readonly WordHashSet Tell = Hashes("tell tells told telling");
    private static readonly WordHashSet No = Hashes("no");
    private static readonly WordHashSet Questions = Hashes("what how why whether");
    private static readonly WordHashSet ObjectPronouns = Hashes("him her them us me you");

    // Past the one told: "told CNN …", "told him …", "told the court …", "told Senate Foreign Relations Chairman Bob Corker …".
    private static int AfterToldObject(string text, List<Chunk> chunks, int i)
    {
        int start = i;
        // "told her mother she …": "her" before a noun is its possessive, not the one told.
        bool possessive = i + 1 < chunks.Count && chunks[i].Word(text) is "her" && !chunks[i].EndsClause(text)
            && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective;
        if (i < chunks.Count && ObjectPronouns.Contains(chunks[i].Hash) && !possessive) return i + 1;
        if (i < chunks.Count && (chunks[i].Tag == WordTag.Determiner || WordClasses.IsArticle(chunks[i].Hash) || possessive)) i++;
        int nouns = i;
        while (i < chunks.Count - 1 && i < start + 6 && chunks[i].Tag is WordTag.ProperNoun or WordTag.Noun or WordTag.PluralNoun or WordTag.Adjective)
            if (chunks[i++].EndsClause(text)) break;
        return i > nouns ? i : start;
    }

    // The last chunk of the aside opened by the "who" or "which" at i: the clause end after its verb ("who has led
    // the city since 2019,"; "which, like the first, was assigned to …,"), else the first clause end.
    private int AsideEnd(string text, List<Chunk> chunks, int i)
    {
        int first = -1;
        bool verb = false;
        for (int k = i; k < chunks.Count - 1; k++)
        {
            if (k > i) verb |= IsVerbLike(chunks[k]) || Be.Contains(chunks[k].Hash) || Have.Contains(chunks[k].Hash);
            // "who lives in Lisbon,": right after "who" or "which" comes the aside's verb, whatever the lexicon says.
            if (k == i + 1 && chunks[i].Word(text) is "who" or "which" && chunks[k].Tag is WordTag.Noun or WordTag.PluralNoun) verb = true;
            if (!chunks[k].EndsClause(text)) continue;
            if (verb) return k;
            if (first < 0) first = k;
        }
        return first >= 0 ? first : chunks.Count - 1;
    }

    // "There are …", "there might have been …".
    private static bool IsExistential(string text, List<Chunk> chunks, int i)
    {
        if (chunks[i].Word(text) is not ("there" or "There") || chunks[i].EndsClause(text)) return false;
        for (int k = i + 1; k < chunks.Count && k < i + 4; k++)
        {
            if (Be.Contains(chunks[k].Hash)) return true;
            if (!(Will.Contains(chunks[k].Hash) || Have.Contains(chunks[k].Hash) || chunks[k].Tag is WordTag.Modal or WordTag.Adverb)) return false;
        }
        return false;
    }

    private static readonly int NeverHash = TextFolding.FoldedHash("never");

    // "Carlos and his band are", "Bill Gates and his wife have": an "and", "&" or "or" right after the subject's last
    // word joins a second subject the label leaves out, so the verb's agreement says nothing of the one it keeps.
    // ("The Kurds in Iraq and Syria have": that "and" is inside the subject's phrase, after "Iraq".)
    private static bool JoinedBefore(string text, List<Chunk> chunks, int from, int verb, string lastSubjectWord)
    {
        for (int k = verb - 2; k >= Math.Max(0, from); k--)
            if (chunks[k].Word(text).Equals(lastSubjectWord, StringComparison.OrdinalIgnoreCase))
                return chunks[k + 1].Word(text) is "and" or "&" or "or";
        return false;
    }

    // Verb forms only a plural subject takes (after a noun: "I have" and "you are" have pronoun subjects).
    private static readonly WordHashSet PluralAgreement = Hashes("have are were do haven't aren't weren't don't");

    // "did such a thing", "did the right thing": a plain "do" before an adjective that opens a noun phrase is the verb.
    private static bool DoesSuchThing(string text, List<Chunk> chunks, int v)
    {
        var c = chunks[v];
        if (!Do.Contains(c.Hash) || Chunk.IsNegatedContraction(c.Word(text)) || v + 1 >= chunks.Count || chunks[v + 1].Tag != WordTag.Adjective) return false;
        return chunks[v + 1].Word(text) is "such" || v + 2 < chunks.Count && WordClasses.IsArticle(chunks[v + 2].Hash);
    }

    // "her" owns what follows ("her seat", "her first love"), not when it is the object ("to her Monday", "to her last week").
    private static bool HerPossessive(string text, List<Chunk> chunks, int i) =>
        i + 1 < chunks.Count && chunks[i + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.Adjective or WordTag.ProperNoun
        && !Weekdays.Contains(chunks[i + 1].Hash) && chunks[i + 1].Word(text) is not ("last" or "next" or "this" or "that");

    private static readonly WordHashSet Weekdays = Hashes("monday tuesday wednesday thursday friday saturday sunday");

    // "he", "she" (or "He", "She"), also with a clitic ("she's received").
    private static bool IsHeOrShe(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0) word = word[..apostrophe];
        return word is "he" or "she" or "He" or "She";
    }

    // "he" and "He" (or "she's") are the same pronoun; "he" and "she" are not.
    private static bool IsI(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        return (apostrophe > 0 ? word[..apostrophe] : word) is "I";
    }

    /// <summary>
    /// Who a sentence that opens with a quotation attributes it to, as a label subject for the quotation's "I":
    /// '"I want …," the singer said' → "Singer"; '"I agree …," said Ana Ruiz' → "Ruiz" (a person by surname). Null when
    /// the quotation does not close with a comma followed by its attribution, or names its speaker by a pronoun.
    /// </summary>
    private string? QuoteSpeaker(string text, IReadOnlyList<Chunk> original)
    {
        if (original.Count < 4 || original[0].Start >= original[0].WordStart || text[original[0].Start] is not ('"' or '\u201C')) return null;
        var chunks = original as List<Chunk> ?? [.. original];
        int close = -1;
        for (int i = 0; i < chunks.Count - 2 && close < 0; i++)
        {
            var trailing = chunks[i].Trailing(text);
            if (trailing.StartsWith(",\"") || trailing.StartsWith(",\u201D")) close = i;
        }
        if (close < 0) return null;
        // '…," the singer said' or '…," said Ana Ruiz'.
        int from = close + 1, verb = -1;
        for (int j = from; j < chunks.Count && j <= from + 5 && verb < 0; j++)
        {
            if (WordClasses.IsAttributionVerb(chunks[j].Hash) || SayOrTell.Contains(chunks[j].Hash)) verb = j;
            else if (chunks[j].EndsClause(text)) break;
        }
        if (verb < 0) return null;
        var (words, _, pronoun, nameTail) = verb > from ? NounPhrase(text, chunks, from, verb) : NounPhrase(text, chunks, verb + 1, Math.Min(chunks.Count, verb + 6));
        if (pronoun || words.Count is 0 or > 3) return null;
        return nameTail > 0 ? PersonNames.Surname(string.Join(' ', words.TakeLast(nameTail))) : string.Join(' ', words);
    }

    private static bool SamePronoun(string a, ReadOnlySpan<char> b) =>
        IsHeOrShe(b) && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]);

    // The first word from chunk i on, or null.
    private static string? FirstWord(string text, List<Chunk> chunks, int i)
    {
        for (; i < chunks.Count; i++) if (chunks[i].HasWord) return chunks[i].Word(text).ToString();
        return null;
    }

    // An auxiliary, negation or adverb: a verb group goes on after it ("has", "will not", "also").
    private static bool IsAuxiliaryWord(Chunk c) =>
        IsAuxiliary(c) || Do.Contains(c.Hash) || Negation.Contains(c.Hash) || c.Tag == WordTag.Adverb;

    // A word of a verb group: auxiliary, verb, negation or adverb ("has not yet been").
    private bool IsVerbGroupWord(Chunk c) => IsVerbLike(c) || IsAuxiliaryWord(c);

    // The first chunk of the phrase that ends at i: after the last clause boundary before it, at or after begin.
    private static int PhraseStart(string text, List<Chunk> chunks, int begin, int i)
    {
        int start = begin;
        for (int k = begin; k < i; k++) if (chunks[k].EndsClause(text)) start = k + 1;
        return start;
    }

    // The last chunk of an apposition opening at i ("a nurse at Lakeview General Hospital,"), when a
    // verb follows its closing comma; else null.
    private int? Apposition(string text, List<Chunk> chunks, int i)
    {
        // (Or a bare plural of the names before it: "Sukumaran and Chan, members of the 'Bali Nine' sentenced on …, were".)
        if (i >= chunks.Count || !(WordClasses.IsArticle(chunks[i].Hash) || chunks[i].Tag is WordTag.Determiner or WordTag.Number || IsPossessive(text, chunks[i])
                || chunks[i].Tag == WordTag.PluralNoun && !chunks[i].Capitalized))
            return null;
        bool relative = false;   // a relative clause inside it may hold commas of its own ("whose fusion of dance, ballet and …")
        for (int k = i; k < chunks.Count - 1 && k < i + 25; k++)
        {
            relative |= chunks[k].Word(text) is "who" or "whose" or "which" or "where" or "that" or "how" or "what" or "when" or "whom";
            // A finite verb of its own outside a relative clause makes it a clause, not a noun phrase ("The stronger the
            // storm, the farther south it can be seen, said Borek").
            if (!relative && (chunks[k].Tag is WordTag.Modal or WordTag.VerbPresent3 || Be.Contains(chunks[k].Hash))) return null;
            if (chunks[k].Trailing(text).IndexOf(',') < 0) continue;
            var next = chunks[k + 1];
            // (A finite verb; an "-ed" participle may be a past tense, "flown" may not.)
            if (next.Tag is WordTag.VerbPast or WordTag.VerbPresent3 or WordTag.VerbBase or WordTag.Modal || Be.Contains(next.Hash) || Have.Contains(next.Hash)
                || Will.Contains(next.Hash) || VerbForms.Contains(next.Hash) || next.Tag == WordTag.VerbParticiple && next.Word(text).EndsWith("ed")) return k;
            // "Dana Ortiz, the head of the guild, a union for ferry pilots, echoed …": a second one.
            if (!(WordClasses.IsArticle(next.Hash) || next.Tag == WordTag.Determiner || relative)) return null;
        }
        return null;
    }

    /// <summary>
    /// True when the "-ed" word at <paramref name="v"/> may not be the clause's verb: not right after a noun or pronoun
    /// ("involved uniformed agents"), before an agent's "by", or before a preposition with a finite verb later in the
    /// clause, a reduced relative ("the suspect jailed in connection with the killing withdrew …"). It keeps its form.
    /// </summary>
    private static bool MaybeParticiple(string text, List<Chunk> chunks, int v)
    {
        int p = v - 1;
        while (p >= 0 && (chunks[p].Tag == WordTag.Adverb || IsAuxiliary(chunks[p]) || Negation.Contains(chunks[p].Hash))) p--;
        // "It's pronounced JIF": the "is" of a contraction left whole makes it passive.
        if (p >= 0 && chunks[p].Word(text) is "It's" or "It\u2019s" or "it's" or "it\u2019s" or "That's" or "That\u2019s" or "that's" or "that\u2019s")
            return true;
        if (p < 0 || chunks[p].Tag is not (WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Pronoun or WordTag.Number)) return true;
        // "a country blemished by wars": an agent makes it passive.
        if (v + 2 < chunks.Count && chunks[v + 1].Word(text) is "by" && chunks[v + 2].Tag != WordTag.VerbGerund) return true;   // (not "by coming home")
        return v + 1 < chunks.Count && !chunks[v].EndsClause(text)
            && (chunks[v + 1].Tag is WordTag.Preposition or WordTag.Adverb || chunks[v + 1].Word(text) is "there" or "here")
            && VerbLater(text, chunks, v + 1, participles: true);
    }

    /// <summary>
    /// The base of a regular past the lexicon lacks, from its spelling and the words the lexicon knows: "bemoaned" →
    /// "bemoan", "outpaced" → "outpace", "spurred" → "spur", "expelled" → "expel". Null when unsure ("shelled" is
    /// not "shel"): the verb then stays as written.
    /// </summary>
    private string? RegularPastBase(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (lower.ContainsAnyExcept(Letters)) return null;
        ReadOnlySpan<char> withE = lower[..^1], bare = lower[..^2];
        // "hoped" is "hope", not "hop" (which doubles: "hopped"), so the form with "e" goes first.
        if (IsKnown(withE)) return withE.ToString();
        bool doubled = bare.Length >= 4 && bare[^1] == bare[^2] && !"aeiouysfzwxhk".Contains(bare[^1]);
        // A doubled consonant is the past's, "penned" of "pen" (not the name "Penn"), "spurred" of "spur"; but a
        // doubled "l" may be the word's own ("stalled", "scrolled"), and belongs to the past only after "pel", "rol"
        // or "cel" ("compel", "patrol", "cancel"; not "misspel").
        if (doubled && bare[^1] != 'l') return bare[..^1].ToString();
        if (IsKnown(bare)) return bare.ToString();
        // Neither known: "-ated" is "-ate" ("reinstated", "evacuated"); after two vowels the stem is bare ("soared", "looted").
        if (bare.Length >= 5 && bare.EndsWith("at")) return withE.ToString();
        if (!doubled && bare.Length >= 4 && IsVowel(bare[^2]) && IsVowel(bare[^3]) && !IsVowel(bare[^1])) return bare.ToString();
        // Stems that end in a silent "e" by their spelling: "politicized", "reprised", "revolved", "reduced", "resumed",
        // and a single vowel before "d" ("concluded", "exploded", "decided"). (Not "-uted": "debuted".)
        if (!doubled && bare.Length >= 4 && (bare.EndsWith("iz") || bare.EndsWith("yz") || bare.EndsWith("is") || bare.EndsWith("ys")
            || bare[^1] is 'v' or 'c' || bare.EndsWith("um")
            || bare[^1] == 'd' && IsVowel(bare[^2]) && !IsVowel(bare[^3])))
            return withE.ToString();
        // A single "l" after "e" is the stem's own: "pummeled", "labeled", "traveled".
        if (!doubled && bare.Length >= 5 && bare.EndsWith("el")) return bare.ToString();
        // A base ending in two consonants that never take a silent "e" ("erupted", "bombarded", "hijacked") is the bare stem.
        if (!doubled) return bare.Length >= 4 && (bare[^1] == 'x' || ConsonantEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare[^2..])) ? bare.ToString() : null;
        var stem = bare[..^1];
        return stem.EndsWith("pel") && !stem.EndsWith("spel") || stem.EndsWith("rol") || stem.EndsWith("cel") ? stem.ToString() : null;
    }

    /// <summary>
    /// The number of chunks of a time phrase at i with no comma inside or after it ("Monday", "Today", "Last month",
    /// "Earlier this week", "Two years ago", "In 2019", "In March"), or 0.
    /// </summary>
    private static int OpeningTimePhrase(string text, List<Chunk> chunks, int i)
    {
        int Length(int count)
        {
            if (i + count > chunks.Count) return 0;
            for (int k = i; k < i + count; k++)
                if (chunks[k].EndsClause(text) || EndsInPossessive(chunks[k].Word(text))) return 0;
            return count;
        }
        if (i >= chunks.Count) return 0;
        var first = chunks[i].Word(text);
        if (Weekdays.Contains(chunks[i].Hash) || Days.Contains(chunks[i].Hash)) return Length(1);
        if (i + 1 >= chunks.Count) return 0;
        var second = chunks[i + 1];
        if (first is "Last" or "This" or "Next" && TimeNouns.Contains(second.Hash)) return Length(2);
        if (first is "Earlier" or "Later")
            return Weekdays.Contains(second.Hash) ? Length(2)
                : i + 2 < chunks.Count && second.Word(text) is "this" or "last" && TimeNouns.Contains(chunks[i + 2].Hash) ? Length(3) : 0;
        if (first is "In" && (Months.Contains(second.Hash) || IsYear(second.Word(text))))
            return i + 2 < chunks.Count && Months.Contains(second.Hash) && IsYear(chunks[i + 2].Word(text)) ? Length(3) : Length(2);
        // "Two years ago", "Almost 19 years ago", "Less than a year ago", "Many years ago": up to "ago", five words at most.
        for (int k = i + 1; k < chunks.Count && k <= i + 4; k++)
        {
            if (chunks[k].Word(text) is "ago") return TimeSpans.Contains(chunks[k - 1].Hash) ? Length(k - i + 1) : 0;
            if (chunks[k].EndsClause(text)) return 0;
        }
        return 0;

        static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && word[0] is '1' or '2' && !word.ContainsAnyExceptInRange('0', '9');
    }

    private static readonly WordHashSet Months = Hashes("january february march april may june july august september october november december");

    // True when the name at i is followed by an age between commas ("Okafor, 55,").
    private static bool AgeAfter(string text, List<Chunk> chunks, int i) =>
        i + 2 < chunks.Count && chunks[i].Capitalized && chunks[i].Trailing(text) is ","
        && chunks[i + 1].Tag == WordTag.Number && chunks[i + 1].Trailing(text) is "," && chunks[i + 1].Word(text).Length <= 3
        && !chunks[i + 1].Word(text).ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Where the clause after "since" starts in "It has been 20 years since …", "It's been a year since …", or 0.
    /// </summary>
    private static int SinceClause(string text, List<Chunk> chunks)
    {
        if (chunks.Count < 5 || chunks[0].Word(text) is not ("It" or "It's" or "It\u2019s")) return 0;
        bool been = false;
        for (int k = 1; k < chunks.Count - 2 && k <= 8; k++)
        {
            var word = chunks[k].Word(text);
            if (word is "been") been = true;
            else if (word is "since") return been ? k + 1 : 0;
            if (chunks[k].EndsClause(text)) return 0;
        }
        return 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static readonly FrozenSet<string> ConsonantEnds =
        new[] { "pt", "ct", "nd", "rd", "rm", "rn", "lt", "nt", "sh", "ck", "lk", "rk", "wn", "sk", "ft", "mp", "lp", "rt", "ld", "rb", "rp", "ch", "st" }.ToFrozenSet(StringComparer.Ordinal);

    // Any word the lexicon knows: "crash", "storm" and "clean" are mostly nouns and adjectives there, "march" the month.
    private bool IsKnown(ReadOnlySpan<char> word) => lexicon.Tag(TextFolding.FoldedHash(word)) != WordTag.Unknown;

    // Whether next finishes the phrase that ends with last: not a day after it ("in the capital Sunday"), a participle
    // ("factory owners operating"), a pronoun ("everyone"), an adjective or a name after a common word ("plane trips
    // Menendez").
    private static bool Finishes(string last, string next)
    {
        int hash = TextFolding.FoldedHash(next);
        return !Weekdays.Contains(hash) && !TimeWords.Contains(hash) && !IndefinitePronouns.Contains(hash)
            && !next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(char.IsUpper(next[0]) && !char.IsUpper(last[0]) && !char.IsDigit(last[0]))
            // (Nor an adjective the lexicon lacks, which needs a noun in turn: "Netanyahu's baseless charge".)
            && !next.EndsWith("less", StringComparison.Ordinal) && !next.EndsWith("ous", StringComparison.Ordinal);
    }

    // True when the verb at v is dated by a year ("In 1971, …", "ruled from late 1983", "during the 2012 campaign"):
    // before it, or after it in its own clause and within ten words; not a year that names a thing ("the 2014 Tony
    // Award", "in Disney's 1998 animated film") or dates another clause ("the case of Novak, who was abused … in 1998"),
    // and not in a sentence that also says the news is recent ("on Wednesday", "last month"). Years back ("two years ago")
    // and a tenure ("during her time as prime minister") date a clause too.
    private static bool Dated(string text, List<Chunk> chunks, int v)
    {
        for (int k = 0; k < chunks.Count; k++)
            if (Weekdays.Contains(chunks[k].Hash) || Days.Contains(chunks[k].Hash)
                || k + 1 < chunks.Count && chunks[k].Word(text) is "last" or "this" or "Last" or "This" && chunks[k + 1].Word(text) is "week" or "month" or "weekend")
                return false;
        for (int k = 0; k + 2 < chunks.Count && k <= v + 10; k++)
        {
            if (k > v && (chunks[k - 1].EndsClause(text) || ClauseWords.Contains(chunks[k].Hash))) break;
            // "Two years ago", "a decade ago": years back is history; "during her time as prime minister" too.
            if (chunks[k + 2].Word(text) is "ago" && chunks[k + 1].Word(text) is "years" or "decade" or "decades" or "year" or "century")
                return true;
            if (chunks[k].Word(text) is "during" or "During" && chunks[k + 1].Word(text) is "his" or "her" or "their" or "its"
                && chunks[k + 2].Word(text) is "time" or "tenure" or "years")
                return true;
        }
        for (int k = 0; k < chunks.Count && k <= v + 10; k++)
        {
            if (k > v && (chunks[k - 1].EndsClause(text) || ClauseWords.Contains(chunks[k].Hash))) break;
            var w = chunks[k].Word(text);
            if (w.Length > 4 && w[^1] == 's') w = w[..^1];
            if (!(w.Length == 4 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year) && year is >= 1800 and < 2100)) continue;
            // A year before a noun names it, unless a time preposition opens the phrase ("during the 2012 campaign").
            // (Not a name after an opening "In 1984": "In 1984 Margaret Thatcher met …".)
            bool names = k + 1 < chunks.Count && !chunks[k].EndsClause(text) && chunks[k + 1].Tag is WordTag.Noun or WordTag.PluralNoun or WordTag.ProperNoun or WordTag.Adjective
                && !(chunks[k + 1].Tag == WordTag.ProperNoun && k > 0 && chunks[k - 1].Word(text) is "In");
            for (int j = k - 1; j >= Math.Max(0, k - 3); j--)
            {
                var p = chunks[j].Word(text);
                if (p is "during" or "During" or "since" or "Since" or "until" || !names && p is "in" or "In" or "from" or "From" or "between") return true;
            }
        }
        return false;
    }

    // "two of the", "12 of his": a count above one, then "of" and an article or possessive.
    private static bool CountsOfThe(string text, List<Chunk> chunks, int of, string count) =>
        IsCount(count) && !count.EndsWith('%') && of + 1 < chunks.Count && chunks[of].Word(text) is "of" && !chunks[of].EndsClause(text)
        && !chunks[of - 1].EndsClause(text) && (WordClasses.IsArticle(chunks[of + 1].Hash) || IsPossessive(text, chunks[of + 1])) && !chunks[of + 1].EndsClause(text)
        && !(of + 2 < chunks.Count && chunks[of + 2].Word(text) is "own");   // ("125 of its own members" keeps its "of")

    // A plural noun heads the words from k on ("artillery pieces", "young boys").
    private static bool PluralFollows(string text, List<Chunk> chunks, int k)
    {
        for (int j = k; j < chunks.Count && j < k + 4; j++)
        {
            if (chunks[j].Tag == WordTag.PluralNoun) return true;
            // (Not past an owner: "three of the Navy's carriers" are not "Three Navy's Carriers".)
            if (chunks[j].Tag is not (WordTag.Noun or WordTag.Adjective or WordTag.ProperNoun) || chunks[j].EndsClause(text) || EndsInPossessive(chunks[j].Word(text))) return false;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
