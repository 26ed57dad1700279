namespace NewsNlp;

/// <summary>One Quick Looks bullet written by NewsNlp.</summary>
/// <param name="Label">Short headline label, 2–7 words in headline case.</param>
/// <param name="Text">The sentence, tightened where safe.</param>
/// <param name="SentenceIndex">Index of the source sentence in <see cref="NewsDocument.Sentences"/>.</param>
/// <param name="Score">The sentence's score from the ranker.</param>
public sealed record QuickLookBullet(string Label, string Text, int SentenceIndex, double Score);

/// <summary>The summary of one article. Immutable.</summary>
/// <param name="Document">The analysed article.</param>
/// <param name="QuickLooks">The bullets, in document order.</param>
/// <param name="Summary">The best sentences verbatim, in document order.</param>
/// <param name="Keyphrases">The article's keyphrases, best first.</param>
public sealed record SummaryResult(
    NewsDocument Document,
    IReadOnlyList<QuickLookBullet> QuickLooks,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Keyphrases)
{
    /// <summary>The article's headline, or null.</summary>
    public string? Title => Document.Title;

    /// <summary>The article's linked entities, most salient first.</summary>
    public IReadOnlyList<Entity> Entities => Document.Entities;

    /// <summary>The article's own bullet block, reported and never reused.</summary>
    public IReadOnlyList<QuickLook> ExistingQuickLooks => Document.ExistingQuickLooks;
}
