namespace NewsNlp.Summarization;

/// <summary>How a label names a person when it cannot give the whole name: by surname, as headlines do.</summary>
internal static class PersonNames
{
    /// <summary>
    /// "Ronald Hale Jr." → "Hale"; "Li Keqiang" → "Li" and "Kim Jong-un" → "Kim" (Chinese and Korean names put the family
    /// name first); null for a name without a surname ("Jr.", "F.").
    /// </summary>
    public static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 2 or 3 && ChineseFamilyNames.Contains(words[0])) return words[0];
        // A Korean given name has two syllables, hyphenated or not ("Kim Jong-un", "Kim Jong Un"): "Kim Davis" is no Kim.
        if ((words.Length == 3 || words.Length == 2 && words[1].Contains('-')) && KoreanFamilyNames.Contains(words[0])) return words[0];
        for (int k = words.Length - 1; k >= 0; k--)
        {
            string word = words[k].Trim('"', '\'', '(', ')', '[', ']', ',', '\u201C', '\u201D', '\u2018', '\u2019');
            if (word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV" || word.Length < 2 || word.EndsWith('.')) continue;
            return word;
        }
        return null;
    }

    /// <summary>
    /// How the article itself names <paramref name="person"/> in one word: the given name when the article calls them
    /// by it more often than by the surname ("Kelly" for Kelly Gissendaner, "Yingluck" for Yingluck Shinawatra, a
    /// child by first name), else the surname (<see cref="Surname(string)"/>).
    /// </summary>
    public static string? ShortName(string text, Entity person)
    {
        string? surname = Surname(person.Text);
        int space = person.Text.IndexOf(' ');
        if (space <= 0) return surname;
        var given = person.Text.AsSpan(0, space);
        int byGiven = 0, bySurname = 0;
        foreach (var m in person.Mentions)
        {
            var mention = text.AsSpan(m.Start, m.Length);
            if (mention.Equals(given, StringComparison.OrdinalIgnoreCase)) byGiven++;
            else if (surname is not null && mention.Equals(surname, StringComparison.OrdinalIgnoreCase)) bySurname++;
        }
        return byGiven > bySurname ? given.ToString() : surname;
    }

    // Common Chinese family names that are not also given names or surnames in English ("Lee", "Young", "Long", "Song",
    // "Ma" are left out).
    private static readonly HashSet<string> ChineseFamilyNames = new(StringComparer.Ordinal)
    {
        "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo", "Gao", "Luo",
        "Zheng", "Liang", "Xie", "Tang", "Xi", "Wen", "Jiang", "Deng", "Mao", "Peng", "Cai", "Pan", "Du", "Wei", "Xiao",
    };

    private static readonly HashSet<string> KoreanFamilyNames = new(StringComparer.Ordinal)
    {
        "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon", "Hwang", "Ahn", "Oh", "Ban", "Moon",
    };
}
