using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Tokenization;

/// <summary>Character tests shared by the tokenizer and the sentence splitter, with an ASCII fast path.</summary>
internal static class CharClass
{
    [Flags]
    private enum Ascii : byte
    {
        None = 0,
        Letter = 1,
        Digit = 2,
        Space = 4,
        Upper = 8,
        Lower = 16,
    }

    private static readonly Ascii[] Table = BuildTable();

    private static Ascii[] BuildTable()
    {
        var table = new Ascii[128];
        for (int c = 0; c < 128; c++)
        {
            if (c is >= 'a' and <= 'z') table[c] = Ascii.Letter | Ascii.Lower;
            else if (c is >= 'A' and <= 'Z') table[c] = Ascii.Letter | Ascii.Upper;
            else if (c is >= '0' and <= '9') table[c] = Ascii.Digit;
            else if (char.IsWhiteSpace((char)c)) table[c] = Ascii.Space;
        }
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c < 128 ? (Table[c] & Ascii.Space) != 0 : char.IsWhiteSpace(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>A letter, a digit or a combining mark: a character that continues a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 128) return (Table[c] & (Ascii.Letter | Ascii.Digit)) != 0;
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Table[c] & Ascii.Letter) != 0 : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (Table[c] & Ascii.Upper) != 0 : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (Table[c] & Ascii.Lower) != 0 : char.IsLower(c);

    /// <summary>Apostrophes that start clitics or join names: ' ’ ʼ and the backtick web text uses.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`';

    /// <summary>Characters that end a sentence: . ! ? and their typographic forms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203D' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Quotes (either direction) and closing brackets that may follow a sentence's final stop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u201C' or '\u2018';

    /// <summary>Opening quotes and brackets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '`';

    /// <summary>Dashes that are their own tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
