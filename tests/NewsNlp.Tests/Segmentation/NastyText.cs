using FsCheck;
using FsCheck.Fluent;

namespace NewsNlp.Tests.Segmentation;

/// <summary>
/// FsCheck strings that stress the scanner: any UTF-16 code unit (lone surrogates, controls), whitespace of
/// every kind, and fragments that open its special paths (clitics, abbreviations, URLs, e-mails, numbers).
/// </summary>
public static class NastyText
{
    private static readonly string[] Fragments =
    [
        "U.S.", "Mr.", "Feb.", "No.", "e.g.", "don't", "can’t", "'s", "n't", "O'Brien", "10,000", "3.5%", "$41.1", "5:30",
        "http://", "https://example.org/a_(b)).", "www.", "a@b.co", "@", "@x", "#", "#tag", "...", ". . .", "?!", "“", "”",
        "\"", "'", "(", ")", "-", "--", "—", "…", "• ", "1. ", "\n", "\n\n", " ", "\t", "\r\n", "\u00A0", "\u2028",
        "\uD83D\uDE00", "\uD800", "\uDFFF", "\u0000", "\u200B", "é", "\u0301", "A.", "a.", ":)", "world.Today", "cannot",
        "Inc. ", "etc. ", "Dept. ", "Co. ", "Bros. ", "ST. ", "U.K. ", "Witnesses ", "British ", "? — ",
    ];

    /// <summary>Random text made of random code units and tricky fragments.</summary>
    public static Arbitrary<string> Text()
    {
        var anyUnit = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());
        var ascii = Gen.Choose(32, 126).Select(i => ((char)i).ToString());
        var letters = Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".Select(c => c.ToString()).ToArray());
        var piece = Gen.Frequency((2, anyUnit), (3, ascii), (4, letters), (3, Gen.Elements(Fragments)));
        return Gen.ArrayOf(piece).Select(string.Concat).ToArbitrary();
    }
}
