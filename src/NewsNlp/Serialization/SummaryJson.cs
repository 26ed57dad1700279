namespace NewsNlp.Serialization;

/// <summary>The JSON shape of a summary, as <c>newsnlp summarize --format json</c> prints it.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="QuickLooks">The bullets, in document order.</param>
/// <param name="Summary">The best sentences verbatim, in document order.</param>
/// <param name="Entities">Linked entities, most salient first.</param>
/// <param name="Keyphrases">Keyphrases, best first.</param>
/// <param name="ExistingQuickLooks">The article's own bullet block, if any.</param>
public sealed record SummaryJson(
    string? Title,
    IReadOnlyList<QuickLookBulletJson> QuickLooks,
    IReadOnlyList<string> Summary,
    IReadOnlyList<SummaryEntityJson> Entities,
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
            [.. result.Entities.Select(e => new SummaryEntityJson(e.Text, e.Type.ToCode(), e.MentionCount, Math.Round(e.Salience, 4),
                [.. e.Mentions.Select(m => new[] { m.Start, m.End })]))],
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

/// <summary>An entity as JSON: {"text","type","mentions","salience","spans":[[start,end],…]}.</summary>
/// <param name="Text">The canonical form.</param>
/// <param name="Type">PER, LOC, ORG, MISC, CARDINAL, MONEY, PERCENT, DATE, TIME or QUANTITY.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="Salience">Salience in [0, 1].</param>
/// <param name="Spans">Mention offsets [start, end) into the cleaned text (UTF-16).</param>
public sealed record SummaryEntityJson(string Text, string Type, int Mentions, double Salience, IReadOnlyList<int[]> Spans);
