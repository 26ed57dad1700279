namespace NewsNlp.Serialization;

/// <summary>The JSON shape of a summary, as <c>newsnlp summarize --format json</c> prints it.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="QuickLooks">The bullets, in document order.</param>
/// <param name="Summary">The best sentences verbatim, in document order.</param>
/// <param name="Entities">Linked entities, most salient first (spans as offsets into the input).</param>
/// <param name="Keyphrases">Keyphrases, best first.</param>
/// <param name="ExistingQuickLooks">The article's own bullet block, if any.</param>
public sealed record SummaryJson(
    string? Title,
    IReadOnlyList<QuickLookBulletJson> QuickLooks,
    IReadOnlyList<string> Summary,
    IReadOnlyList<EntityJson> Entities,
    IReadOnlyList<string> Keyphrases,
    IReadOnlyList<QuickLookJson> ExistingQuickLooks)
{
    /// <summary>The JSON shape of a summary result.</summary>
    public static SummaryJson From(SummaryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SummaryJson(
            result.Title,
            [.. result.QuickLooks.Select(b => new QuickLookBulletJson(b.Label, b.Text, b.SentenceIndex, b.Score))],
            result.Summary,
            [.. result.Entities.Select(e => EntityJson.From(e, result.Document.Map))],
            result.Keyphrases,
            [.. result.ExistingQuickLooks.Select(q => new QuickLookJson(q.Label, q.Text))]);
    }
}

/// <summary>A bullet as JSON: {"label","text","sentenceIndex","score"}.</summary>
/// <param name="Label">The headline label.</param>
/// <param name="Text">The tightened sentence.</param>
/// <param name="SentenceIndex">Index of the source sentence in the document.</param>
/// <param name="Score">The ranker's score.</param>
public sealed record QuickLookBulletJson(string Label, string Text, int SentenceIndex, double Score);
