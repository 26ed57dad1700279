using System.Globalization;
using System.Text;

namespace NewsNlp;

/// <summary>
/// Case- and diacritic-folding for matching: "Juárez" folds to "juarez", the curly apostrophe to the
/// straight one. Works character by character over spans, so matching never allocates.
/// </summary>
public static class TextFolding
{
    // Folded form of every char below 0x2100, computed once; above that, chars fold to their lower case.
    private const int TableSize = 0x2100;
    private static readonly char[] Table = BuildTable();

    // Base letter of U+00C0..U+024F when the rest of its canonical decomposition is combining marks; \0 otherwise.
    private const string LatinBase =
        "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGgGgGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl\0\0\0\0NnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAaÆæ\0\0GgKkOoOoƷʒj\0\0\0Gg\0\0NnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < TableSize; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            string decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            char baseChar = decomposed[0];
            // Keep only the base letter when the rest are combining marks (é = e + ◌́).
            bool marksOnly = true;
            for (int i = 1; i < decomposed.Length; i++)
                if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark) marksOnly = false;
            table[c] = char.ToLowerInvariant(marksOnly ? baseChar : ch);
        }
        // Invariant globalization (our build setting) turns Normalize into a no-op, so accented Latin letters
        // (U+00C0–U+024F) also get their base letter from a table generated from the Unicode decompositions.
        for (int c = 0xC0; c < 0x250; c++)
        {
            char baseLetter = LatinBase[c - 0xC0];
            if (baseLetter != '\0') table[c] = char.ToLowerInvariant(baseLetter);
        }
        // Letters with no decomposition that readers still treat as their base letter.
        table['ø'] = 'o'; table['Ø'] = 'o'; table['ł'] = 'l'; table['Ł'] = 'l'; table['đ'] = 'd'; table['Đ'] = 'd';
        table['ı'] = 'i';
        // Typographic quotes and dashes fold to their ASCII twins.
        table['\u2019'] = '\''; table['\u2018'] = '\''; table['\u02BC'] = '\''; table['\u2032'] = '\'';
        table['\u201C'] = '"'; table['\u201D'] = '"';
        table['\u2010'] = '-'; table['\u2011'] = '-'; table['\u2012'] = '-'; table['\u2013'] = '-'; table['\u2014'] = '-';
        table['\u00A0'] = ' ';
        return table;
    }

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    /// <returns>The number of characters written.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("Destination is shorter than source.", nameof(destination));
        for (int i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
        return source.Length;
    }

    /// <summary>The folded form of <paramref name="source"/> as a new string.</summary>
    public static string Fold(ReadOnlySpan<char> source) =>
        string.Create(source.Length, source, static (dst, src) => Fold(src, dst));

    /// <summary>True when both spans fold to the same characters.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (Fold(a[i]) != Fold(b[i])) return false;
        return true;
    }

    /// <summary>A hash of the folded form, equal for spans that are <see cref="FoldedEquals"/>; stable across runs.</summary>
    public static int FoldedHash(ReadOnlySpan<char> text)
    {
        // FNV-1a: deterministic (unlike string.GetHashCode) so model lookups are reproducible.
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ Fold(c)) * 16777619;
        return (int)hash;
    }
}
