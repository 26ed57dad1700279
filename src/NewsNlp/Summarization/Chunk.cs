namespace NewsNlp.Summarization;

/// <summary>
/// A whitespace-separated unit of a sentence ("Sheinbaum's", "10,000", "(AP)", "border,"): its raw range,
/// the word inside its surrounding punctuation, and its coarse word class. Labels and tightening work on
/// chunks, so they read the same whichever tokenizer produced the sentence.
/// </summary>
internal readonly record struct Chunk(int Start, int End, int WordStart, int WordEnd, WordTag Tag, int Hash, bool Capitalized, bool InEntity, bool InPerson = false)
{
    /// <summary>True when the chunk has a word (not only punctuation).</summary>
    public bool HasWord => WordEnd > WordStart;

    /// <summary>The punctuation after the word ("," in "border,").</summary>
    public ReadOnlySpan<char> Trailing(string text) => text.AsSpan(WordEnd, End - WordEnd);

    /// <summary>The punctuation before the word ("(" or a quote).</summary>
    public ReadOnlySpan<char> Leading(string text) => text.AsSpan(Start, WordStart - Start);

    /// <summary>The word itself.</summary>
    public ReadOnlySpan<char> Word(string text) => text.AsSpan(WordStart, WordEnd - WordStart);

    /// <summary>True when a comma, semicolon, colon or dash follows the word: a clause boundary.</summary>
    public bool EndsClause(string text) => Trailing(text).IndexOfAny(",;:") >= 0
        || !HasWord && text.AsSpan(Start, End - Start).IndexOfAny("-\u2014\u2013;:") >= 0;

    /// <summary>Cuts a sentence into chunks, tagging each word with the lexicon, its spelling and the document's entities.</summary>
    public static List<Chunk> Split(NewsDocument doc, Sentence sentence, WordLexicon lexicon)
    {
        string text = doc.Text;
        var chunks = new List<Chunk>();
        int i = sentence.Start, end = sentence.End;
        var names = NamedMentionsWithin(doc, i, end);
        int nextName = 0;   // names are sorted and do not overlap: the one a word may fall in is found by walking along
        bool opened = false;   // a word has been seen: the sentence's subject position is past
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) break;
            int start = i;
            // Dashes split chunks even without spaces ("frontier—primarily"), as their own chunk.
            if (text[i] is '\u2014' or '\u2013') i++;
            else
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('\u2014' or '\u2013')) i++;
            int ws = start, we = i;
            while (ws < we && !char.IsLetterOrDigit(text[ws]) && text[ws] != '$' && text[ws] != '#' && text[ws] != '@') ws++;
            while (we > ws && !char.IsLetterOrDigit(text[we - 1]) && text[we - 1] != '%') we--;
            // Keep the final dot of abbreviations: "U.S." (inner dots), "Gov." (titles), and "Feb." inside the sentence
            // (at its end the dot is the full stop: "after attending Mass.").
            if (we < i && text[we] == '.' && (text.AsSpan(ws, we - ws).Contains('.') || IsAbbreviation(text.AsSpan(ws, we - ws), lastInSentence: text.AsSpan(i, end - i).IsWhiteSpace()))) we++;
            // After a colon a capital opens a sentence too ("… another reason: Employees with …").
            bool opens = start == sentence.Start || chunks.Count > 0 && chunks[^1].Trailing(text).EndsWith(":");
            while (nextName < names.Count && names[nextName].End <= ws) nextName++;
            var name = nextName < names.Count && names[nextName].Start <= ws ? names[nextName] : default((int Start, int End, bool Person)?);
            // "He's", "They'll", "I'm" opening the sentence: the subject and its verb are two words ("They'll move through
            // Latvia" has the clause "They will move"). (Inside a sentence the object-clause rules read "insists she's not" whole.)
            if (!opened && PronounContraction(text, ws, we) is int apostrophe and > 0)
            {
                chunks.Add(Make(text, start, apostrophe, ws, apostrophe, lexicon, opens, name));
                chunks.Add(ContractedVerb(text, apostrophe, i, we));
                opened = true;
                continue;
            }
            chunks.Add(Make(text, start, i, ws, we, lexicon, opens, name));
            // "Serie A", "Group A", "Plan A": a capital "A" right after a capitalised word ends its name, no article.
            if (chunks.Count > 1 && !opens && chunks[^1].Tag == WordTag.Determiner && text.AsSpan(ws, we - ws) is "A"
                && chunks[^2].Capitalized && chunks[^2].Trailing(text).IsEmpty)
                chunks[^1] = chunks[^1] with { Tag = WordTag.ProperNoun };
            opened |= chunks[^1].HasWord;
        }
        return chunks;
    }

    // Personal pronouns and "there" ("There's a reward"). Not "that" or "what", whose "That's why …" opens the real
    // clause, nor "it", whose "It's unclear when …" or "It's a striking image:" frames it (a blind review split even).
    private static readonly HashSet<string> ContractingPronouns = new(StringComparer.OrdinalIgnoreCase)
    { "he", "she", "they", "we", "you", "i", "there" };

    private static readonly HashSet<string> NotAfterContraction = new(StringComparer.OrdinalIgnoreCase)
    { "no", "not", "sure", "glad", "happy", "sorry", "afraid", "confident", "proud", "convinced", "aware", "certain" };

    /// <summary>Where the verb of a pronoun's contraction starts ("'s" of "He's", "'re" of "They're"), or -1.</summary>
    private static int PronounContraction(string text, int ws, int we)
    {
        var word = text.AsSpan(ws, we - ws);
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || !ContractingPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..apostrophe])) return -1;
        var verb = word[(apostrophe + 1)..];
        // Left whole before what no headline verb can carry: a bare figure ("He's 41, has …"), a negation ("There's no
        // movie yet, but …") or an adjective of feeling ("I'm sure this will …").
        var following = WordAfter(text, we);
        if (following.Length > 0 && (char.IsDigit(following[0]) || NotAfterContraction.GetAlternateLookup<ReadOnlySpan<char>>().Contains(following))) return -1;
        return verb.Equals("s", StringComparison.OrdinalIgnoreCase) || verb.Equals("re", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("m", StringComparison.OrdinalIgnoreCase) || verb.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("ll", StringComparison.OrdinalIgnoreCase) ? ws + apostrophe : -1;
    }

    // The letters and digits of the word after from, past spaces and punctuation on the same line.
    private static ReadOnlySpan<char> WordAfter(string text, int from)
    {
        while (from < text.Length && !char.IsLetterOrDigit(text[from]) && text[from] != '\n') from++;
        int end = from;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text.AsSpan(from, end - from);
    }

    /// <summary>
    /// The verb of a pronoun's contraction as its own chunk, hashed as the word it stands for: "'s" is "is", or "has"
    /// before "been", "got" or "gone"; "'re" is "are", "'m" "am", "'ve" "have", "'ll" "will".
    /// </summary>
    private static Chunk ContractedVerb(string text, int start, int end, int we)
    {
        var verb = text.AsSpan(start + 1, we - start - 1);
        string word;
        WordTag tag;
        if (verb.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            bool perfect = WordAfter(text, end) is "been" or "got" or "gone" or "had";
            (word, tag) = (perfect ? "has" : "is", WordTag.VerbPresent3);
        }
        else if (verb.Equals("ll", StringComparison.OrdinalIgnoreCase)) (word, tag) = ("will", WordTag.Modal);
        else (word, tag) = (verb.Equals("ve", StringComparison.OrdinalIgnoreCase) ? "have" : verb.Equals("m", StringComparison.OrdinalIgnoreCase) ? "am" : "are", WordTag.VerbBase);
        return new Chunk(start, end, start, we, tag, TextFolding.FoldedHash(word), false, false);
    }

    private static Chunk Make(string text, int start, int end, int ws, int we, WordLexicon lexicon, bool sentenceStart, (int Start, int End, bool Person)? name)
    {
        if (we <= ws) return new Chunk(start, end, ws, ws, WordTag.Other, 0, false, false);
        var word = text.AsSpan(ws, we - ws);
        // Possessives and contractions: classify the stem ("Sheinbaum" of "Sheinbaum's", "could" of "couldn't").
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        var stem = apostrophe > 0 ? word[..apostrophe] : word;
        if (IsNegatedContraction(word)) stem = NegatedStem(word);
        int hash = TextFolding.FoldedHash(stem);
        bool capitalized = char.IsUpper(stem[0]);
        bool inEntity = name is not null;
        bool inPerson = name is { Person: true };
        WordTag tag;
        if (char.IsDigit(stem[0]) || stem[0] == '$') tag = WordTag.Number;
        else
        {
            tag = lexicon.Tag(hash);
            // At a sentence start a capital says nothing: guess from the word's ending.
            if (tag == WordTag.Unknown) tag = Guess(stem, capitalized && !sentenceStart, lexicon);
            // The lexicon is case-folded: "council" seen as "Council" in a name is still a common noun here.
            if (tag == WordTag.ProperNoun && !capitalized) tag = stem.EndsWith("s") ? WordTag.PluralNoun : WordTag.Noun;
            // A capital inside a sentence (or an entity) marks a name, whatever the lexicon says of the word.
            if (capitalized && (!sentenceStart || inEntity) && tag is WordTag.Noun or WordTag.PluralNoun or WordTag.Adjective or WordTag.Unknown or WordTag.VerbBase)
                tag = WordTag.ProperNoun;
            if (inEntity && tag is not (WordTag.Preposition or WordTag.Determiner or WordTag.Conjunction)) tag = WordTag.ProperNoun;
        }
        return new Chunk(start, end, ws, we, tag, hash, capitalized, inEntity, inPerson);
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, bool lastInSentence) =>
        Tokenization.Abbreviations.KindOf(word) switch
        {
            Tokenization.AbbreviationKind.Title => true,
            Tokenization.AbbreviationKind.General => !lastInSentence,
            _ => false,
        };

    /// <summary>True for a negative contraction ("couldn't", "won't", "isn’t") and for "cannot", which is one.</summary>
    public static bool IsNegatedContraction(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
        || word.Equals("cannot", StringComparison.OrdinalIgnoreCase);

    // The auxiliary inside a negative contraction: "couldn't" → "could", "can't" → "can", "won't" → "will", "cannot" → "can".
    private static ReadOnlySpan<char> NegatedStem(ReadOnlySpan<char> word)
    {
        var stem = word[..^3];
        return stem.Equals("ca", StringComparison.OrdinalIgnoreCase) ? "can"
            : stem.Equals("wo", StringComparison.OrdinalIgnoreCase) ? "will"
            : stem.Equals("sha", StringComparison.OrdinalIgnoreCase) ? "shall"
            : stem;
    }

    private static WordTag Guess(ReadOnlySpan<char> word, bool capitalized, WordLexicon lexicon)
    {
        if (capitalized) return WordTag.ProperNoun;
        if (word.EndsWith("ed")) return WordTag.VerbPast;
        if (word.EndsWith("ing")) return WordTag.VerbGerund;
        if (word.EndsWith("ly")) return WordTag.Adverb;
        if (word.EndsWith("s") && !word.EndsWith("ss"))
        {
            // "apologizes", "describes": a verb the lexicon knows in its base form, with the third person's "-s".
            bool verb = lexicon.Tag(TextFolding.FoldedHash(word[..^1])) == WordTag.VerbBase
                || word.EndsWith("es") && lexicon.Tag(TextFolding.FoldedHash(word[..^2])) == WordTag.VerbBase;
            return verb ? WordTag.VerbPresent3 : WordTag.PluralNoun;
        }
        return WordTag.Noun;
    }

    /// <summary>The ranges of the named-entity mentions (PER/LOC/ORG/MISC) that overlap [start, end), in text order: gathered once per sentence.</summary>
    private static List<(int Start, int End, bool Person)> NamedMentionsWithin(NewsDocument doc, int start, int end)
    {
        var ranges = new List<(int Start, int End, bool Person)>();
        var entities = doc.Entities;
        // Indexed loops: an enumerator per entity per chunk was most of this stage's garbage.
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type > EntityType.Misc) continue;
            var mentions = entities[e].Mentions;
            for (int k = 0; k < mentions.Count; k++)
                if (mentions[k].End > start && mentions[k].Start < end) ranges.Add((mentions[k].Start, mentions[k].End, entities[e].Type == EntityType.Person));
        }
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return ranges;
    }
}
