using System.Text.RegularExpressions;

namespace NewsNlp.Summarization;

/// <summary>
/// Sentences that belong to the site, not the story, though they sit in the running text of flattened wire
/// copy: reporting credits ("CNN's Ada Brenner reported from Oslo.", "… contributed to this report.")
/// and pointers to other pages ("READ MORE: …", "Click here for …"). They are never summary sentences or bullets.
/// </summary>
internal static partial class SiteLines
{
    /// <summary>True when the sentence is a reporting credit or a pointer to another page.</summary>
    public static bool IsSiteLine(ReadOnlySpan<char> sentence) =>
        Pointer().IsMatch(sentence) || sentence.Length <= 160 && (Credit().IsMatch(sentence) || ReportedFrom().IsMatch(sentence));

    /// <summary>
    /// True for a note the site addresses to its readers ("Please note that there may be a delay …", "You must be a teacher
    /// or a student age 13 or older to …", "The views expressed in this commentary are solely those of …"): it may
    /// belong in a summary of the page, whose highlights sometimes repeat it, but no editor makes it a Quick Look.
    /// </summary>
    public static bool IsNoteToReader(ReadOnlySpan<char> sentence) => NoteToReader().IsMatch(sentence);

    [GeneratedRegex(@"^[\s""“]*(?:Please note\b|Note:|You must be\b|The (?:views|opinions) expressed (?:in|here))", RegexOptions.CultureInvariant)]
    private static partial Regex NoteToReader();

    // "READ MORE: …", "Watch: …" (the colon makes it a pointer: "Related charges were filed" is news), "Click here for …".
    [GeneratedRegex(@"^[\s""“]*(?:(?:READ MORE|Read more|SEE MORE|See more|WATCH|Watch|RELATED|Related|MORE)\s*:|(?:Click here|CLICK HERE|Follow us on|Like us on)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Pointer();

    [GeneratedRegex(@"contributed (?:to this (?:report|story)|reporting)(?: from [A-Z][\w ,.'’-]*)?\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // "CNN's Ada Brenner reported from Oslo." / "Tom Vell reported from Dayton, Ohio."
    [GeneratedRegex(@"^(?:CNN's |CNN )?(?:[A-Z][\w.'’-]*\s){1,4}(?:and (?:[A-Z][\w.'’-]*\s){1,4})?reported (?:this story )?from [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedFrom();
}
