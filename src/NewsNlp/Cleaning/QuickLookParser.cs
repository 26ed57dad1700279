namespace NewsNlp.Cleaning;

/// <summary>
/// Splits one bullet of an article's own summary block into a headline label and its sentence:
/// "10,000 Troops Sent to Border: Mexico has deployed…" → ("10,000 Troops Sent to Border", "Mexico has deployed…");
/// "Tariffs Delayed—But for How Long? Trump agreed…" → ("Tariffs Delayed—But for How Long?", "Trump agreed…");
/// a bullet with no headline-style opening gets an empty label.
/// </summary>
internal static class QuickLookParser
{
    private const int MaxLabelWords = 12;

    public static QuickLook Parse(ReadOnlySpan<char> bullet)
    {
        bullet = bullet.Trim();
        int limit = Math.Min(bullet.Length - 1, 140);
        for (int i = 1; i < limit; i++)
        {
            char c = bullet[i];
            if (c == ':' && bullet[i + 1] == ' ' && IsLabel(bullet[..i], allowLowerCase: true))
                return new QuickLook(bullet[..i].Trim().ToString(), bullet[(i + 1)..].Trim().ToString());
            if (c == '?' && bullet[i + 1] == ' ' && i + 2 < bullet.Length && char.IsUpper(bullet[i + 2]) && IsLabel(bullet[..(i + 1)], allowLowerCase: false))
                return new QuickLook(bullet[..(i + 1)].Trim().ToString(), bullet[(i + 1)..].Trim().ToString());
            if (c is '\u2014' or '\u2013' or '-' && bullet[i - 1] == ' ' && bullet[i + 1] == ' ' && IsLabel(bullet[..(i - 1)], allowLowerCase: false))
                return new QuickLook(bullet[..(i - 1)].Trim().ToString(), bullet[(i + 1)..].Trim().ToString());
            // A sentence stop before any separator: the bullet is a plain sentence.
            if (c is '.' or '!' && bullet[i + 1] == ' ' && char.IsLower(bullet[i - 1])) break;
        }
        return new QuickLook("", bullet.ToString());
    }

    // A label is short and reads like a headline (a colon label may be in sentence case: "The deal: …").
    private static bool IsLabel(ReadOnlySpan<char> label, bool allowLowerCase)
    {
        var f = LineFeatures.Of(label);
        if (f.Words == 0 || f.Words > MaxLabelWords) return false;
        return allowLowerCase ? char.IsUpper(label.TrimStart()[0]) || char.IsDigit(label.TrimStart()[0]) : f.TitleCaseRatio >= 0.75;
    }
}
