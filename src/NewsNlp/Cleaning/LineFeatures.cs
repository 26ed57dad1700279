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
    bool AllUpperCase,
    int JunkChars,
    int ScannedLength)
{
    /// <summary>Control characters and replacement characters make up much of the line: binary junk, not text.</summary>
    public bool IsMostlyJunk => JunkChars * 10 > ScannedLength;

    /// <summary>Share of content words that start with a capital or a digit (1 for "Trump's Tariff Threats Force Mexico's Hand").</summary>
    public double TitleCaseRatio => ContentWords == 0 ? 0 : (double)CapitalizedWords / ContentWords;

    /// <summary>Reads like running prose: enough words and at least one sentence stop, or simply long.</summary>
    public bool IsProse(int minWords) => (Words >= minWords && (EndsWithSentencePunctuation || HasInnerSentenceBreak)) || Words >= 20;

    /// <summary>Reads like a headline: short, title case, no final stop (a question mark is allowed).</summary>
    public bool IsHeadlineLike =>
        Words >= 2 && Words <= 16 && Length <= 140 && (!EndsWithSentencePunctuation || EndsWithQuestionMark)
        && (TitleCaseRatio >= (EndsWithQuestionMark ? 0.85 : 0.7) || (AllUpperCase && Words <= 8));

    // Past this many words a line is long prose whatever follows: counting on would only cost time.
    private const int MaxWordsCounted = 48;

    /// <summary>
    /// Computes the features of <paramref name="text"/> (already trimmed). Word statistics cover at most the
    /// first 48 words, so the cost is bounded for any line length.
    /// </summary>
    public static LineFeatures Of(ReadOnlySpan<char> text)
    {
        int words = 0, capitalized = 0, content = 0, letters = 0, upper = 0, junk = 0;
        bool innerBreak = false;
        int i = 0, n = text.Length;
        while (i < n && words < MaxWordsCounted)
        {
            while (i < n && char.IsWhiteSpace(text[i])) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i];
            char first = FirstAlphanumeric(word);
            if (first == '\0')
            {
                foreach (char c in word)
                    if (c == '\uFFFD' || char.IsControl(c)) junk++;
                continue;
            }
            words++;
            foreach (char c in word)
            {
                if (c == '\uFFFD' || (char.IsControl(c) && c != '\t')) junk++;
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            // ". " inside the line, after a word of 2+ letters that is not an initial nor an abbreviation ("Oct. 1"): a
            // sentence ended here.
            if (i < n && word.Length >= 3 && IsSentenceStop(word[^1]) && char.IsLower(word[^2])
                && !(word[^1] == '.' && IsAbbreviationBeforeMore(word[..^1]))) innerBreak = true;
            bool capital = char.IsUpper(first) || char.IsDigit(first);
            if (words == 1 || !IsMinorWord(word))
            {
                content++;
                if (capital) capitalized++;
            }
        }
        char last = LastMeaningful(text);
        return new LineFeatures(text.Length, words, capitalized, content,
            IsSentenceStop(last) || last == '…', last == '?', innerBreak, letters >= 2 && upper == letters, junk, Math.Max(1, i));
    }

    private static bool IsSentenceStop(char c) => c is '.' or '!' or '?';

    // A title, an abbreviation before a number, or a month or day: its period never ends the sentence ("Gov. Ruiz", "Oct. 1").
    private static bool IsAbbreviationBeforeMore(ReadOnlySpan<char> word) =>
        Tokenization.Abbreviations.KindOf(word) is Tokenization.AbbreviationKind.Title or Tokenization.AbbreviationKind.BeforeNumber
        || Tokenization.Abbreviations.IsDateAbbreviation(word);

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

    // Words that headline style leaves in lower case; they neither help nor hurt the title-case ratio.
    private static bool IsMinorWord(ReadOnlySpan<char> word)
    {
        // Compare without surrounding punctuation: "or," is still "or".
        int s = 0, e = word.Length;
        while (s < e && !char.IsLetter(word[s])) s++;
        while (e > s && !char.IsLetter(word[e - 1]) && word[e - 1] != '.') e--;
        var core = word[s..e];
        if (core.Length == 0 || core.Length > 6 || !char.IsLower(core[0])) return false;
        return core switch
        {
            "a" or "an" or "the" or "and" or "or" or "but" or "nor" or "for" or "so" or "yet" or "of" or "in" or "on"
                or "at" or "to" or "by" or "with" or "from" or "as" or "vs" or "vs." or "into" or "over" or "per"
                or "via" or "up" or "off" or "out" or "than" or "is" or "are" or "be" or "was" or "its" or "it"
                or "if" or "amid" or "after" or "before" or "about" => true,
            _ => false,
        };
    }
}
