namespace NewsNlp.Summarization;

/// <summary>
/// Small closed word classes the summarizer needs (stop words, connectives, attribution verbs), kept as
/// folded hashes so a token is classified without allocating.
/// </summary>
internal static class WordClasses
{
    private static readonly WordHashSet StopWords = Hashes(
        "a an the and or but nor so yet for of to in on at by with from into onto over under about above below after before " +
        "during since until than as if then that this these those there here which who whom whose what when where why how " +
        "is are was were be been being am has have had having do does did doing will would shall should can could may might must " +
        "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones " +
        "not no n't 's 'm 're 've 'd 'll s t also just only very too more most much many some any all each every both few other " +
        "such own same out up down off again further once very can't won't don't isn't wasn't aren't weren't " +
        "said says say told according mr mrs ms dr new like get got would've could've via per");

    private static readonly WordHashSet Connectives = Hashes(
        "however meanwhile moreover furthermore additionally also still yet but and so then thus therefore instead " +
        "nevertheless nonetheless indeed besides likewise similarly consequently accordingly overall separately " +
        "now later earlier finally first second third lastly importantly notably");

    private static readonly WordHashSet Pronouns = Hashes("he she it they this that these those his her its their we i you there");

    private static readonly WordHashSet AttributionVerbs = Hashes(
        "said says say told tells tell according added adds add stated states state announced announces announce explained explains explain " +
        "noted notes note claimed claims claim reported reports confirmed confirms confirm insisted insists insist warned warns warn " +
        "argued argues argue wrote writes write");

    private static readonly WordHashSet Articles = Hashes("a an the");

    /// <summary>The folded hashes of space-separated words, for word lists looked up by <see cref="TextFolding.FoldedHash(ReadOnlySpan{char})"/>.</summary>
    internal static WordHashSet Hashes(string words)
    {
        return new WordHashSet(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextFolding.FoldedHash(w)));
    }

    /// <summary>True for function words that carry no topic.</summary>
    public static bool IsStopWord(int foldedHash) => StopWords.Contains(foldedHash);

    /// <summary>True for discourse connectives that may open a sentence ("However", "Meanwhile").</summary>
    public static bool IsConnective(int foldedHash) => Connectives.Contains(foldedHash);

    /// <summary>True for pronouns and demonstratives that point back to earlier sentences.</summary>
    public static bool IsPronoun(int foldedHash) => Pronouns.Contains(foldedHash);

    /// <summary>True for verbs of saying ("said", "told", "according").</summary>
    public static bool IsAttributionVerb(int foldedHash) => AttributionVerbs.Contains(foldedHash);

    /// <summary>True for "a", "an" and "the".</summary>
    public static bool IsArticle(int foldedHash) => Articles.Contains(foldedHash);
}
