namespace NewsNlp.Cleaning;

/// <summary>
/// Recognises photo captions and credits in text copied from a page: a line ending in a credit such as
/// "(AP Photo/Lucia Benavides)" or "(Getty Images)", or a line labelled "Photo:" / "Credit:".
/// </summary>
internal static class CaptionDetector
{
    private static readonly string[] CreditWords =
    [
        "photo", "image", "getty", "credit", "courtesy", "afp", "epa", "shutterstock", "pool", "reuters/", "ap/",
        "file", "illustration", "video still", "source:", "screenshot",
    ];

    private static readonly string[] CaptionLabels =
    [
        "photo:", "photos:", "photograph:", "image:", "credit:", "caption:", "pictured:", "photo by ", "image credit", "picture:",
        "photo credit", "above:", "top:", "file photo", "image source,", "image caption,", "media caption,", "courtesy:", "photo courtesy",
        "courtesy of ",
        "source:", "video source,", "chart:", "graphic:", "illustration:", "map:",
    ];

    // Openings of a line that only credits a photo.
    private static readonly string[] CreditLabels =
    [
        "image:", "credit:", "photo:", "image source,", "photo credit", "image credit", "courtesy:", "source:", "photograph:", "picture:",
        "photo courtesy", "courtesy of ", "photo by ",
    ];

    // A credit after the caption's own words, within its last 90 characters ("… last month. Credit: Harrowgate Council").
    private static readonly string[] CreditsAtEnd =
    [
        ". credit: ", ". photo: ", ". image: ", "| photo by ", "| photo: ", "| credit: ", ". \u00a9 ", ". photo courtesy of ", ". courtesy of ",
        ". photo by ", ". photograph: ", ". source: ", "| photo credit: ", ". photo credit: ", ". photo credit ",
        ".photo: ", ".credit: ", ".photograph: ",   // glued to the caption in copying ("… states.Photo: Ellen Brandt …")
    ];

    /// <summary>A caption that says it is one: "Image caption, Daudi Ochieng says …", "Caption: …".</summary>
    public static bool IsLabelledCaption(ReadOnlySpan<char> line) =>
        ChromeLexicon.FoldedStartsWith(line, "image caption,") || ChromeLexicon.FoldedStartsWith(line, "media caption,")
        || ChromeLexicon.FoldedStartsWith(line, "caption:");

    /// <summary>A line that only credits a photo: "Image: Harlow County Water Authority", "Credit: WLKV", "Image source, …".</summary>
    public static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 120) return false;
        if (IsSlashCredit(line)) return true;
        foreach (var label in CreditLabels)
            if (ChromeLexicon.FoldedStartsWith(line, label)) return true;
        return IsOwnPhotoCredit(line);
    }

    // "SENTINEL PHOTO BY ANDRE KOVACS", "Staff photo by Ana Ruiz": the paper's or the staff's photo, by a photographer.
    private static bool IsOwnPhotoCredit(ReadOnlySpan<char> line)
    {
        int by = line.IndexOf(" photo by ", StringComparison.OrdinalIgnoreCase);
        return by > 0 && by <= 30 && line.Length <= 70 && line[..by].IndexOfAny(".,;:") < 0;
    }

    // "… on Tuesday. Lucas Hendry for The National Ledger": after the caption's sentence, a photographer's name "for" the paper.
    private static bool PhotographerFor(ReadOnlySpan<char> line)
    {
        int stop = line.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop < 10) return false;
        var credit = line[(stop + 2)..];
        int @for = credit.IndexOf(" for ", StringComparison.Ordinal);
        if (@for <= 0 || credit.Length > 70) return false;
        int words = 0;
        foreach (var range in credit.Split(' '))
        {
            var w = credit[range];
            words++;
            if (w.Length == 0 || !(char.IsUpper(w[0]) || w is "for" or "the" or "of")) return false;
        }
        return words is >= 4 and <= 9 && credit[..@for].Count(' ') is >= 1 and <= 2;
    }

    // "… File photo. MAPLE WIRE SERVICE/Anne Leclerc", "… on a morning walk. Harlow Studio/Stockpix": after the caption's
    // sentence, an agency and a photographer joined by a slash.
    private static bool SlashCreditAtEnd(ReadOnlySpan<char> line)
    {
        int stop = line.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop < 10) return false;
        return IsSlashCredit(line[(stop + 2)..]);
    }

    // "Figure 1: …", "Fig. 2. …": a figure's number, then a space.
    private static bool FigureNumber(ReadOnlySpan<char> line)
    {
        var rest = line.StartsWith("Figure ", StringComparison.Ordinal) ? line[7..] : line.StartsWith("Fig. ", StringComparison.Ordinal) ? line[5..] : default;
        int digits = rest.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && rest[digits] is ':' or '.' && digits + 1 < rest.Length && rest[digits + 1] == ' ';
    }

    /// <summary>"Marcus Lee / The Harbor City Ledger", "Harlow Studio/Stockpix", "DANA KOWALCZYK | Sentinel", "(Gabriel Ness / The Daily Meridian)": a photographer and an agency joined by a slash or a bar.</summary>
    public static bool IsSlashCredit(ReadOnlySpan<char> credit)
    {
        // "(Gabriel Ness / The Daily Meridian)": in brackets too.
        if (credit.Length > 2 && credit[0] == '(' && credit[^1] == ')') credit = credit[1..^1];
        int slash = credit.IndexOfAny('/', '|');
        if (slash <= 0 || credit.Length > 60 || slash + 1 >= credit.Length || credit.Contains("//", StringComparison.Ordinal)) return false;
        int words = 0;
        foreach (var range in credit.SplitAny(" /|"))
        {
            var w = credit[range];
            if (w.Length == 0) continue;
            words++;
            if (!(char.IsUpper(w[0]) || w is "of" or "the" or "for")) return false;
        }
        return words is >= 2 and <= 8 && !credit.EndsWith('.');
    }

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    // "Agnes Munro at her kitchen table, February 2024.": one short phrase, then a comma and the month and year the picture
    // was taken. A sentence of the story says when with a preposition ("in February 2024").
    private static bool DatedPhrase(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || line[^1] != '.' || line.Length < 12 || !char.IsAsciiDigit(line[^2])) return false;
        int comma = line.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 8) return false;
        var when = line[(comma + 2)..^1];
        int space = when.IndexOf(' ');
        if (space < 0 || when.Length - space - 1 != 4 || when[(space + 1)..].IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        var month = when[..space];
        bool isMonth = false;
        foreach (string m in Months) isMonth |= month.SequenceEqual(m);
        // One phrase: no stop before the date, and few words.
        var phrase = line[..comma];
        return isMonth && phrase.IndexOfAny('.', '!', '?') < 0 && phrase.Count(' ') <= 14;
    }

    public static bool IsCaption(ReadOnlySpan<char> line)
    {
        if (line.Length < 6 || line.Length > 700) return false;
        // A picture agency's button after the credit ("… NORDWIRE/Felix Brandauer/File Photo Purchase Licensing Rights").
        foreach (var button in (ReadOnlySpan<string>)[" purchase licensing rights", " acquire licensing rights"])
        {
            int at = ChromeLexicon.FoldedIndexOf(line, button);
            if (at > 0) line = line[..at];
        }
        foreach (var label in CaptionLabels)
            if (ChromeLexicon.FoldedStartsWith(line, label)) return true;
        // "Figure 1: Median setup time per job …", "Fig. 2. …": a figure's number and its caption.
        if (FigureNumber(line)) return true;
        // "[1/2] A worker inspects a pump …": a gallery's picture number.
        if (line.Length > 8 && line[0] == '[' && line.IndexOf(']') is > 2 and <= 8 and var close && line[1..close].IndexOf('/') > 0
            && line[1..close].IndexOfAnyExcept("0123456789/") < 0) return true;
        // "Engineers inspect the bridge last month. Credit: Harrowgate Borough Council", "… on Monday. | Photo by Eli Brandt/…".
        foreach (var marker in CreditsAtEnd)
        {
            int at = ChromeLexicon.FoldedIndexOf(line, marker);
            if (at > 0 && line.Length - at <= 90) return true;
        }
        // (A credit on its own line, "Marcus Lee / The Harbor City Ledger": one slash, or it is a menu.)
        // ("Priya Ramaswamy | Health Correspondent" is a byline.)
        if (PhotographerFor(line) || SlashCreditAtEnd(line)
            || IsSlashCredit(line) && line.Count('/') + line.Count('|') == 1 && !BylineParser.TryParseByLine(line, out _)) return true;
        if (DatedPhrase(line) || IsOwnPhotoCredit(line)) return true;
        if (line[^1] != ')') return false;
        int open = line.LastIndexOf('(');
        if (open < 0 || line.Length - open > 90) return false;
        // "Crews repair the main on Monday. (KXLV)": a sentence, then its source in brackets.
        var before = line[..open].TrimEnd();
        if (open > 20 && before.Length > 0 && before[^1] == '.' && line.Length - open <= 42 && char.IsUpper(line[open + 1])) return true;
        var credit = line[(open + 1)..^1];
        foreach (var word in CreditWords)
            if (ChromeLexicon.FoldedContains(credit, word)) return true;
        return false;
    }
}
