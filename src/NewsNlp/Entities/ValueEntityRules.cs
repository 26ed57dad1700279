using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Finds numbers, money, percentages, dates, times and quantities by rules over tokens: "10,000",
/// "$41.1 million", "3.5%", "Feb. 4, 2025", "Tuesday", "last year", "11:35 EST", "50 miles". Digit
/// groups the tokenizer left apart but wrote without spaces ("10" "," "000") are read as one number, so
/// the rules do not depend on how finely numbers are tokenized. Stateless and thread-safe.
/// </summary>
internal static class ValueEntityRules
{
    private static readonly WordSet Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    // Month words that are also ordinary words: dates only next to a day or year number.
    private static readonly WordSet AmbiguousMonths = new(StringComparer.OrdinalIgnoreCase) { "may", "march", "mar", "jan", "sep", "dec", "jun", "jul", "aug", "oct", "nov", "apr" };

    private static readonly WordSet Weekdays = new(StringComparer.OrdinalIgnoreCase)
    { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    private static readonly WordSet DateWords = new(StringComparer.OrdinalIgnoreCase) { "yesterday", "today", "tomorrow", "tonight" };

    private static readonly WordSet RelativeDateHeads = new(StringComparer.OrdinalIgnoreCase) { "last", "next", "this", "past", "previous", "coming" };

    private static readonly WordSet Periods = new(StringComparer.OrdinalIgnoreCase)
    { "year", "week", "month", "decade", "century", "weekend", "summer", "winter", "spring", "autumn", "fall", "quarter", "season" };

    private static readonly WordSet PeriodUnits = new(StringComparer.OrdinalIgnoreCase)
    { "year", "years", "day", "days", "week", "weeks", "month", "months", "decade", "decades" };

    private static readonly WordSet Scales = new(StringComparer.OrdinalIgnoreCase)
    { "hundred", "thousand", "million", "billion", "trillion", "bn", "mn" };

    private static readonly WordSet CurrencySymbols = new(StringComparer.Ordinal) { "$", "US$", "£", "€", "¥", "A$", "C$", "HK$" };

    private static readonly WordSet CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    { "dollar", "dollars", "cent", "cents", "euro", "euros", "pesos", "peso", "yen", "yuan", "rupees", "francs", "marks", "rand", "roubles", "rubles", "pence", "sterling" };

    private static readonly WordSet PercentWords = new(StringComparer.OrdinalIgnoreCase) { "percent", "pct" };

    private static readonly WordSet Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "mile", "miles", "km", "kilometer", "kilometers", "kilometre", "kilometres", "meter", "meters", "metre", "metres", "m",
        "foot", "feet", "ft", "inch", "inches", "yard", "yards", "cm", "mm", "ton", "tons", "tonne", "tonnes", "kg", "kilogram",
        "kilograms", "gram", "grams", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "acre", "acres", "hectare", "hectares",
        "degree", "degrees", "gallon", "gallons", "barrel", "barrels", "liter", "liters", "litre", "litres", "mph", "km/h", "kph",
        "square", "cubic", "knots", "megawatts", "mw", "gigawatts",
    };

    private static readonly WordSet TimeZones = new(StringComparer.OrdinalIgnoreCase)
    { "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt", "ct", "gmt", "utc", "bst", "cet" };

    private static readonly WordSet NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "dozen", "hundreds", "thousands", "millions", "dozens",
    };

    /// <summary>Appends the value mentions found among <paramref name="tokens"/> (skipping tokens marked in <paramref name="taken"/>).</summary>
    public static void Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> taken, List<EntityMention> mentions)
    {
        int i = 0;
        while (i < tokens.Length)
        {
            if (taken[i]) { i++; continue; }
            int next = Match(text, tokens, taken, i, mentions);
            i = next > i ? next : i + 1;
        }
    }

    private static bool In(WordSet set, ReadOnlySpan<char> word) => set.Contains(word);

    // The figure at i follows a bare hyphen glued to a word that starts with a capital and has no digit ("COVID-19"; not
    // "Mid-2020", a time).
    private static bool IsCodeSuffix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 2 || Word(text, tokens, i - 1) is not "-" || tokens[i - 2].End != tokens[i - 1].Start || tokens[i - 1].End != tokens[i].Start) return false;
        var word = Word(text, tokens, i - 2);
        return tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(word[0]) && !word.ContainsAnyInRange('0', '9')
            && word is not ("Mid" or "Pre" or "Post" or "Late" or "Early" or "Circa");
    }

    // A number after the start of the text or a sentence end, with a period or parenthesis right after it and then a word.
    private static bool IsListMarker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i > 0 && Word(text, tokens, i - 1) is not ("." or "!" or "?" or "\"" or "\u201D") && !text[tokens[i - 1].End..tokens[i].Start].Contains('\n')) return false;
        if (i + 2 >= tokens.Length || !Adjacent(tokens, i) || Word(text, tokens, i + 1) is not ("." or ")")) return false;
        var next = Word(text, tokens, i + 2);
        return !next.IsEmpty && char.IsLetter(next[0]);
    }

    /// <summary>A fixed set of words looked up by span: the span lookup is made once, not per call, and longer words stop at a length check.</summary>
    private sealed class WordSet(StringComparer comparer) : IEnumerable<string>
    {
        private readonly HashSet<string> _words = new(comparer);
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private int _minLength = int.MaxValue, _maxLength;
        // ASCII first characters of the words (both cases when case is ignored): most words of a text start
        // with none of them and are turned away without hashing. Other first characters always look up.
        private UInt128 _firstChars;

        public void Add(string word)
        {
            _words.Add(word);
            _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            _minLength = Math.Min(_minLength, word.Length);
            _maxLength = Math.Max(_maxLength, word.Length);
            // Both comparers (ordinal, ordinal ignoring case) match a word only if they match its first character.
            for (char c = '\0'; c < 128; c++)
                if (word.Length > 0 && comparer.Equals(c.ToString(), word[..1])) _firstChars |= UInt128.One << c;
        }

        public bool Contains(ReadOnlySpan<char> word) =>
            word.Length >= _minLength && word.Length <= _maxLength
            && (word.Length == 0 || word[0] >= 128 || (_firstChars >> word[0] & UInt128.One) != UInt128.Zero)
            && _lookup.Contains(word);

        public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length ? text[tokens[i].Start..tokens[i].End] : default;

    private static bool Adjacent(ReadOnlySpan<Token> tokens, int i) => i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End;

    private static bool Free(ReadOnlySpan<bool> taken, int i) => i < taken.Length && !taken[i];

    /// <summary>Tries every rule at token <paramref name="i"/>; returns the token after the match, or <paramref name="i"/>.</summary>
    private static int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> taken, int i, List<EntityMention> mentions)
    {
        var w = Word(text, tokens, i);
        if (w.IsEmpty) return i;

        // Month-led dates: "Feb. 4, 2025", "February 2025", "Feb 4".
        var bare = w.Length > 1 && w[^1] == '.' ? w[..^1] : w;
        if (char.IsUpper(w[0]) && In(Months, bare))
        {
            int end = i + 1;
            // "Feb" "." is one abbreviation; after "March" the period ends the sentence.
            if (bare.Length == w.Length && Adjacent(tokens, i) && Word(text, tokens, end) is "." && Abbreviations.IsDateAbbreviation(bare)) end++;
            int afterMonth = end;
            if (Free(taken, end) && IsDay(Word(text, tokens, end))) end++;
            if (end > afterMonth && Free(taken, end + 1) && Word(text, tokens, end) is "," && IsYear(Word(text, tokens, end + 1))) end += 2;
            else if (Free(taken, end) && IsYear(Word(text, tokens, end))) end++;
            if (end > afterMonth || !In(AmbiguousMonths, bare) || (i > 0 && Word(text, tokens, i - 1) is "in" or "since" or "until" or "early" or "late" or "mid"))
            {
                if (end == afterMonth && In(AmbiguousMonths, bare) && bare.Equals("may", StringComparison.OrdinalIgnoreCase)) return i;
                Add(mentions, tokens, i, end, EntityType.Date);
                return end;
            }
            return i;
        }
        if (char.IsUpper(w[0]) && In(Weekdays, w) || In(DateWords, w))
        {
            Add(mentions, tokens, i, i + 1, EntityType.Date);
            return i + 1;
        }
        if (In(RelativeDateHeads, w) && Free(taken, i + 1) && In(Periods, Word(text, tokens, i + 1)))
        {
            Add(mentions, tokens, i, i + 2, EntityType.Date);
            return i + 2;
        }

        // Currency symbol first: "$41.1 million".
        int start = i;
        bool money = false;
        if (In(CurrencySymbols, w) && i + 1 < tokens.Length && Adjacent(tokens, i) && !taken[i + 1] && StartsWithDigit(Word(text, tokens, i + 1)))
        {
            money = true;
            i++;
        }
        else if (w.Length > 1 && In(CurrencySymbols, w[..1]) && char.IsAsciiDigit(w[1]))
            money = true;

        // "COVID-19", "F-16", "MH-17", "Prism-2": a figure a capitalised word's hyphen ties it to is part of a name or a code.
        if (!money && StartsWithDigit(w) && IsCodeSuffix(text, tokens, i)) return i + 1;
        int numberEnd;
        if (StartsWithDigit(w) || money) numberEnd = NumberRun(text, tokens, taken, i);
        else if (In(NumberWords, w)) numberEnd = i + 1;
        else return start;

        var numberText = text[tokens[i].Start..tokens[numberEnd - 1].End];
        if (IsIsoDate(numberText) || numberText.Length == 5 && numberText[4] == 's' && IsYear(numberText[..4]))
        {
            Add(mentions, tokens, start, numberEnd, EntityType.Date);
            return numberEnd;
        }
        int end2 = numberEnd;
        // Scale words: "41.1 million", "10 thousand".
        while (Free(taken, end2) && In(Scales, Word(text, tokens, end2))) end2++;
        var type = EntityType.Cardinal;
        if (numberText.Contains(':'))
        {
            type = EntityType.Time;
            if (Free(taken, end2) && In(TimeZones, Word(text, tokens, end2))) end2++;
            if (Free(taken, end2) && In(TimeZones, Word(text, tokens, end2))) end2++;
        }
        else if (money) type = EntityType.Money;
        else if (numberText[^1] == '%') type = EntityType.Percent;
        else if (Free(taken, end2) && Word(text, tokens, end2) is "%") { type = EntityType.Percent; end2++; }
        else if (Free(taken, end2) && In(PercentWords, Word(text, tokens, end2))) { type = EntityType.Percent; end2++; }
        else if (Free(taken, end2 + 1) && Word(text, tokens, end2).Equals("per", StringComparison.OrdinalIgnoreCase) && Word(text, tokens, end2 + 1).Equals("cent", StringComparison.OrdinalIgnoreCase)) { type = EntityType.Percent; end2 += 2; }
        else if (Free(taken, end2) && In(CurrencyWords, Word(text, tokens, end2))) { type = EntityType.Money; end2++; }
        else if (Free(taken, end2) && In(Units, Word(text, tokens, end2)))
        {
            type = EntityType.Quantity;
            end2++;
            if (Word(text, tokens, end2 - 1).Equals("square", StringComparison.OrdinalIgnoreCase) || Word(text, tokens, end2 - 1).Equals("cubic", StringComparison.OrdinalIgnoreCase))
            {
                if (Free(taken, end2) && In(Units, Word(text, tokens, end2))) end2++;
                else { type = EntityType.Cardinal; end2--; }
            }
        }
        else if (Free(taken, end2) && In(TimeZones, Word(text, tokens, end2)) && IsHour(numberText))
        { type = EntityType.Time; end2++; }
        else if (Free(taken, end2) && In(PeriodUnits, Word(text, tokens, end2)))
        {
            // "30 days", "two years ago": periods are dates in the OntoNotes sense.
            type = EntityType.Date;
            end2++;
            if (Free(taken, end2) && Word(text, tokens, end2).Equals("ago", StringComparison.OrdinalIgnoreCase)) end2++;
        }
        else if (end2 == numberEnd && IsYear(numberText) && !numberText.Contains(',')) type = EntityType.Date;
        // "one" alone is too often a pronoun; spelled-out numbers need something to count.
        if (type == EntityType.Cardinal && !StartsWithDigit(numberText) && end2 == numberEnd && !char.IsLetter(Word(text, tokens, end2).IsEmpty ? ' ' : Word(text, tokens, end2)[0]))
            return start;
        // "… with honey. 2. Cedar Smoke …": a small number opening a sentence and closed by its own period or
        // parenthesis is a list item's marker, not a count.
        if (type == EntityType.Cardinal && end2 == numberEnd && numberEnd == start + 1 && numberText.Length <= 2 && IsListMarker(text, tokens, start))
            return numberEnd;
        Add(mentions, tokens, start, end2, type);
        return end2;
    }

    /// <summary>The end of a number written without spaces across tokens: "10" "," "000" or "41" "." "1" or "11" ":" "35".</summary>
    private static int NumberRun(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> taken, int i)
    {
        int end = i + 1;
        while (end + 1 < tokens.Length && !taken[end] && !taken[end + 1]
            && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].Start == tokens[end].End
            && Word(text, tokens, end) is "," or "." or ":" && StartsWithDigit(Word(text, tokens, end + 1)))
            end += 2;
        // A "%" written against the number belongs to it.
        if (end < tokens.Length && !taken[end] && tokens[end].Start == tokens[end - 1].End && Word(text, tokens, end) is "%") end++;
        return end;
    }

    private static bool StartsWithDigit(ReadOnlySpan<char> w) => w.Length > 0 && char.IsAsciiDigit(w[0]);

    private static bool IsDay(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th")) w = w[..^2];
        return int.TryParse(w, out int d) && d is >= 1 and <= 31 && w.Length <= 2;
    }

    private static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && int.TryParse(w, out int y) && y is >= 1800 and <= 2100;

    private static bool IsHour(ReadOnlySpan<char> w) => w.Length <= 2 && int.TryParse(w, out int h) && h is >= 1 and <= 12;

    private static bool IsIsoDate(ReadOnlySpan<char> w) =>
        w.Length == 10 && w[4] == '-' && w[7] == '-' && IsYear(w[..4]) && char.IsAsciiDigit(w[5]) && char.IsAsciiDigit(w[8]);

    private static void Add(List<EntityMention> mentions, ReadOnlySpan<Token> tokens, int first, int end, EntityType type) =>
        mentions.Add(new EntityMention(tokens[first].Start, tokens[end - 1].End, type));
}
