namespace NewsNlp;

/// <summary>How to read an input.</summary>
public enum ArticleFormat
{
    /// <summary>HTML when the input looks like markup, otherwise text copied from a page.</summary>
    Auto,
    /// <summary>Plain text, possibly copied from a web page with its chrome: cleaned.</summary>
    Text,
    /// <summary>An HTML page: parsed, then cleaned.</summary>
    Html,
    /// <summary>Text used exactly as given: no cleaning; paragraphs end at blank lines.</summary>
    Raw,
}

/// <summary>The output of the cleaning stage: the article's text without page chrome, and its metadata.</summary>
/// <param name="Input">The input exactly as given.</param>
/// <param name="Text">The cleaned text.</param>
/// <param name="Map">Maps offsets of <paramref name="Text"/> back to <paramref name="Input"/>.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Byline">Author, source, dateline and date.</param>
/// <param name="Paragraphs">Body paragraphs, headings, list items and then captions, as ranges of <paramref name="Text"/>.</param>
/// <param name="Captions">Photo captions and credits.</param>
/// <param name="ExistingQuickLooksHeading">The heading of an existing bullet block, or null.</param>
/// <param name="ExistingQuickLooks">The bullets of that block.</param>
public sealed record CleanedArticle(
    string Input,
    string Text,
    OffsetMap Map,
    string? Title,
    Byline Byline,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> Captions,
    string? ExistingQuickLooksHeading,
    IReadOnlyList<QuickLook> ExistingQuickLooks)
{
    /// <summary>The summary line a page prints under the headline, before the byline ("standfirst" or "dek"), or null: metadata, not body.</summary>
    public string? Standfirst { get; init; }
}
