namespace NewsNlp.Cleaning;

/// <summary>
/// Cheap features of one line or block of text, computed in a single pass over a span: the cleaner
/// decides what is body, heading or chrome from these rather than from any one site's strings.
/// </summary>
internal readonly record struct LineFeatures(
    int Length,
    int Words,
    int CapitalizedWords,
    int ContentWords,
    bool EndsWithSentencePunctuation,
    bool EndsWithQuestionMark,
    bool HasInnerSentenceBreak,
    bool AllUpperCase)
{
    // Words that headline style leaves in lower case; they neither help nor hurt the title-case ratio.
    private static readonly string[] MinorWords =
    [
        "a", "an", "the", "and", "or", "but", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
        "with", "from", "as", "vs", "vs.", "into", "over", "per", "via", "up", "off", "out", "than", "is", "are",
        "be", "was", "its", "it", "if", "amid", "after", "before", "about",
    ];

    /// <summary>Share of content words that start with a capital or a digit (1 for "Trump's Tariff Threats Force Mexico's Hand").</summary>
    public double TitleCaseRatio => ContentWords == 0 ? 0 : (double)CapitalizedWords / ContentWords;

    /// <summary>Reads like running prose: enough words and at least one sentence stop, or simply long.</summary>
    public bool IsProse(int minWords) => (Words >= minWords && (EndsWithSentencePunctuation || HasInnerSentenceBreak)) || Words >= 20;

    /// <summary>Reads like a headline: short, title case, no final stop (a question mark is allowed).</summary>
    public bool IsHeadlineLike =>
        Words >= 2 && Words <= 16 && Length <= 140 && (!EndsWithSentencePunctuation || EndsWithQuestionMark)
        && (TitleCaseRatio >= (EndsWithQuestionMark ? 0.85 : 0.7) || (AllUpperCase && Words <= 8));

    /// <summary>Computes the features of <paramref name="text"/> (already trimmed).</summary>
    public static LineFeatures Of(ReadOnlySpan<char> text)
    {
        int words = 0, capitalized = 0, content = 0, letters = 0, upper = 0;
        bool innerBreak = false;
        int i = 0, n = text.Length;
        while (i < n)
        {
            while (i < n && char.IsWhiteSpace(text[i])) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i];
            char first = FirstAlphanumeric(word);
            if (first == '\0') continue;
            words++;
            foreach (char c in word)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            // ". " inside the line, after a word of 2+ letters that is not an initial: a sentence ended here.
            if (i < n && word.Length >= 3 && IsSentenceStop(word[^1]) && char.IsLower(word[^2])) innerBreak = true;
            bool capital = char.IsUpper(first) || char.IsDigit(first);
            if (words == 1 || !IsMinorWord(word))
            {
                content++;
                if (capital) capitalized++;
            }
        }
        char last = LastMeaningful(text);
        return new LineFeatures(text.Length, words, capitalized, content,
            IsSentenceStop(last) || last == '…', last == '?', innerBreak, letters >= 2 && upper == letters);
    }

    private static bool IsSentenceStop(char c) => c is '.' or '!' or '?';

    // The last character that is not a closing quote or bracket: '."' and '?)' end sentences too.
    private static char LastMeaningful(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '»' || char.IsWhiteSpace(c)) continue;
            return c;
        }
        return '\0';
    }

    private static char FirstAlphanumeric(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLetterOrDigit(c)) return c;
        return '\0';
    }

    private static bool IsMinorWord(ReadOnlySpan<char> word)
    {
        // Compare without surrounding punctuation: "or," is still "or".
        int s = 0, e = word.Length;
        while (s < e && !char.IsLetter(word[s])) s++;
        while (e > s && !char.IsLetter(word[e - 1]) && word[e - 1] != '.') e--;
        var core = word[s..e];
        if (core.Length == 0 || core.Length > 6 || char.IsUpper(core[0])) return false;
        foreach (var minor in MinorWords)
            if (core.Equals(minor, StringComparison.Ordinal)) return true;
        return false;
    }
}
