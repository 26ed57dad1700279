using System.Text.Json.Serialization;

namespace NewsNlp.Serialization;

/// <summary>The JSON shape of a cleaned article, as <c>newsnlp clean --format json</c> prints it.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Standfirst">The summary line under the headline, or null.</param>
/// <param name="Author">The byline's author, or null.</param>
/// <param name="Source">The publisher or wire service, or null.</param>
/// <param name="Dateline">The place the story was filed from, or null.</param>
/// <param name="Date">The publication date as written, or null.</param>
/// <param name="Headings">Section headings inside the body, in order.</param>
/// <param name="Paragraphs">Body paragraphs and list items, in order.</param>
/// <param name="Captions">Photo captions and credits.</param>
/// <param name="ExistingQuickLooks">The article's own bullet block, if any.</param>
public sealed record CleanedArticleJson(
    string? Title,
    string? Standfirst,
    string? Author,
    string? Source,
    string? Dateline,
    string? Date,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyList<QuickLookJson> ExistingQuickLooks)
{
    /// <summary>The JSON shape of a document's cleaning results.</summary>
    public static CleanedArticleJson From(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var headings = new List<string>();
        var paragraphs = new List<string>();
        foreach (var p in document.Paragraphs)
        {
            if (p.Kind is ParagraphKind.Caption or ParagraphKind.Header) continue; // reported as captions, title, dateline…
            (p.Kind == ParagraphKind.Heading ? headings : paragraphs).Add(document.TextOf(p));
        }
        var b = document.Byline;
        return new CleanedArticleJson(document.Title, document.Standfirst, b.Author, b.Source, b.Dateline, b.Date, headings, paragraphs,
            document.Captions, [.. document.ExistingQuickLooks.Select(q => new QuickLookJson(q.Label, q.Text))]);
    }
}

/// <summary>A bullet as JSON: {"label","text"}.</summary>
/// <param name="Label">The headline label.</param>
/// <param name="Text">The bullet's sentence.</param>
public sealed record QuickLookJson(string Label, string Text);

/// <summary>System.Text.Json source-generated metadata for every JSON shape NewsNlp writes (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(CleanedArticleJson))]
[JsonSerializable(typeof(QuickLookJson))]
[JsonSerializable(typeof(IReadOnlyList<EntityJson>))]
[JsonSerializable(typeof(SummaryJson))]
public sealed partial class NewsJsonContext : JsonSerializerContext;
