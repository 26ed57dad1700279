using NewsNlp.Entities;

namespace NewsNlp.Summarization;

/// <summary>Coarse word classes from a part-of-speech lexicon, enough to find a sentence's main verb and nouns.</summary>
internal enum WordTag : byte
{
    /// <summary>Not in the lexicon.</summary>
    Unknown,
    /// <summary>Common noun, singular or mass (NN).</summary>
    Noun,
    /// <summary>Common noun, plural (NNS).</summary>
    PluralNoun,
    /// <summary>Proper noun (NNP, NNPS).</summary>
    ProperNoun,
    /// <summary>Verb, base or non-3rd-person present (VB, VBP).</summary>
    VerbBase,
    /// <summary>Verb, 3rd person singular present (VBZ).</summary>
    VerbPresent3,
    /// <summary>Verb, past tense (VBD).</summary>
    VerbPast,
    /// <summary>Verb, past participle (VBN).</summary>
    VerbParticiple,
    /// <summary>Verb, gerund or present participle (VBG).</summary>
    VerbGerund,
    /// <summary>Modal (MD).</summary>
    Modal,
    /// <summary>Adjective (JJ*).</summary>
    Adjective,
    /// <summary>Adverb (RB*).</summary>
    Adverb,
    /// <summary>Preposition or subordinating conjunction (IN, TO).</summary>
    Preposition,
    /// <summary>Determiner (DT, PDT, WDT).</summary>
    Determiner,
    /// <summary>Pronoun (PRP, PRP$, WP).</summary>
    Pronoun,
    /// <summary>Coordinating conjunction (CC).</summary>
    Conjunction,
    /// <summary>Number (CD).</summary>
    Number,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// A part-of-speech lexicon: each word form's most frequent tag and, for verbs, its lemma. Built from the
/// UD English EWT treebank (word statistics only) and shipped as models/lexicon.bin. Thread-safe.
/// </summary>
internal sealed class WordLexicon
{
    private const string Magic = "NewsNlp.Lexicon/1";
    private static readonly Lazy<WordLexicon> Shared = new(() =>
    {
        using var stream = ModelResources.Open("lexicon.bin");
        return Read(stream, "models/lexicon.bin");
    });

    private readonly uint[] _keys;          // folded hashes as unsigned keys, ascending (for Write)
    private readonly WordTag[] _tagOf;      // the tag of each key
    // The tags alone in a flat key/value table, one cache line a lookup instead of a bucket and an entry:
    // the summarizer asks for the tag of every candidate word.
    private readonly FlatMap<uint, WordTag> _tags;
    private readonly Dictionary<int, string> _lemmas;   // verbs and modals only

    private WordLexicon(Dictionary<int, (WordTag Tag, string? Lemma)> entries)
        : this(SortedKeys.Of(entries.Keys.Select(TagKey), entries.Values.Select(v => v.Tag), out var tags), tags, entries.Where(e => e.Value.Lemma is not null).ToDictionary(e => e.Key, e => e.Value.Lemma!))
    {
    }

    // Keys ascending (as a written lexicon has them).
    private WordLexicon(uint[] keys, WordTag[] tags, Dictionary<int, string> lemmas)
    {
        _keys = keys;
        _tagOf = tags;
        _lemmas = lemmas;
        _tags = new FlatMap<uint, WordTag>(keys, tags);
    }

    private static uint TagKey(int foldedHash) => (uint)foldedHash;

    /// <summary>The lexicon embedded in the package, loaded once.</summary>
    public static WordLexicon Default => Shared.Value;

    /// <summary>Number of word forms.</summary>
    public int Count => _keys.Length;

    /// <summary>The tag of a word given its folded hash (<see cref="WordTag.Unknown"/> when not in the lexicon).</summary>
    public WordTag Tag(int foldedHash) => _tags.TryGetValue(TagKey(foldedHash), out var tag) ? tag : WordTag.Unknown;

    /// <summary>The tag and verb lemma (null for non-verbs) of a word given its folded hash.</summary>
    public (WordTag Tag, string? Lemma) Lookup(int foldedHash) => (Tag(foldedHash), _lemmas.GetValueOrDefault(foldedHash));

    /// <summary>Maps a Penn Treebank tag to the coarse class.</summary>
    public static WordTag FromPennTag(string tag) => tag switch
    {
        "NN" => WordTag.Noun,
        "NNS" => WordTag.PluralNoun,
        "NNP" or "NNPS" => WordTag.ProperNoun,
        "VB" or "VBP" => WordTag.VerbBase,
        "VBZ" => WordTag.VerbPresent3,
        "VBD" => WordTag.VerbPast,
        "VBN" => WordTag.VerbParticiple,
        "VBG" => WordTag.VerbGerund,
        "MD" => WordTag.Modal,
        "JJ" or "JJR" or "JJS" => WordTag.Adjective,
        "RB" or "RBR" or "RBS" or "WRB" => WordTag.Adverb,
        "IN" or "TO" => WordTag.Preposition,
        "DT" or "PDT" or "WDT" => WordTag.Determiner,
        "PRP" or "PRP$" or "WP" or "WP$" => WordTag.Pronoun,
        "CC" => WordTag.Conjunction,
        "CD" => WordTag.Number,
        _ => WordTag.Other,
    };

    /// <summary>True for verb tags.</summary>
    public static bool IsVerb(WordTag tag) => tag is >= WordTag.VerbBase and <= WordTag.VerbGerund;

    /// <summary>Builds the lexicon from CoNLL-U lines (FORM, LEMMA, XPOS columns); each form keeps its most frequent tag.</summary>
    public static WordLexicon Build(IEnumerable<string> conlluLines)
    {
        var counts = new Dictionary<string, Dictionary<(WordTag, string), int>>(StringComparer.Ordinal);
        foreach (var line in conlluLines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 5 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
            string form = TextFolding.Fold(cols[1]);
            var tag = FromPennTag(cols[4]);
            string lemma = IsVerb(tag) || tag == WordTag.Modal ? TextFolding.Fold(cols[2]) : "";
            if (!counts.TryGetValue(form, out var byTag)) counts[form] = byTag = [];
            byTag[(tag, lemma)] = byTag.GetValueOrDefault((tag, lemma)) + 1;
        }
        var entries = new Dictionary<int, (WordTag, string?)>();
        foreach (var (form, byTag) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var best = byTag.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).First().Key;
            entries[TextFolding.FoldedHash(form)] = (best.Item1, best.Item2.Length > 0 ? best.Item2 : null);
        }
        return new WordLexicon(entries);
    }

    /// <summary>Writes the lexicon, Brotli-compressed, hashes in order.</summary>
    public void Write(Stream stream)
    {
        using var w = ModelResources.CreateCompressed(stream, Magic);
        w.Write(_keys.Length);
        for (int i = 0; i < _keys.Length; i++)
        {
            int hash = (int)_keys[i];
            w.Write(hash);
            w.Write((byte)_tagOf[i]);
            w.Write(_lemmas.GetValueOrDefault(hash) ?? "");
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static WordLexicon Read(Stream stream, string name)
    {
        using var r = ModelResources.OpenCompressed(stream, Magic, name);
        try
        {
            int count = r.ReadInt32();
            if (count < 0) throw new InvalidDataException($"The model '{name}' has a bad header.");
            var keys = new uint[count];
            var tags = new WordTag[count];
            var lemmas = new Dictionary<int, string>();
            var distinct = new HashSet<string>(StringComparer.Ordinal);   // one string per lemma ("be" for is, was, were, ...)
            for (int i = 0; i < count; i++)
            {
                int hash = r.ReadInt32();
                keys[i] = (uint)hash;
                if (i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException($"The model '{name}' is corrupt (hashes out of order).");
                tags[i] = (WordTag)r.ReadByte();
                string lemma = r.ReadString();
                if (lemma.Length == 0) continue;
                if (!distinct.Add(lemma)) distinct.TryGetValue(lemma, out lemma!);
                lemmas[hash] = lemma;
            }
            return new WordLexicon(keys, tags, lemmas);
        }
        catch (EndOfStreamException e) { throw new InvalidDataException($"The model '{name}' is truncated.", e); }
    }
}
