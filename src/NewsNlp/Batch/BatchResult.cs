namespace NewsNlp.Batch;

/// <summary>The outcome of one batch record: its summary, or the reason it failed.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="IdIsNumber">True when the id is a number (written unquoted in JSON).</param>
/// <param name="Error">Why the record failed, or null when it is ok.</param>
/// <param name="Title">The record's title field, or else the headline found in the article, or null.</param>
/// <param name="Summary">The best sentences, in document order.</param>
/// <param name="QuickLooks">The Quick Looks bullets, in document order.</param>
/// <param name="Entities">The entities, most salient first.</param>
/// <param name="Keyphrases">The keyphrases, best first.</param>
public sealed record BatchResult(
    string Id,
    bool IdIsNumber,
    string? Error,
    string? Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<QuickLookBullet> QuickLooks,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<string> Keyphrases)
{
    /// <summary>True when the record was summarised.</summary>
    public bool Ok => Error is null;

    /// <summary>The result of a record that failed.</summary>
    public static BatchResult Failed(BatchRecord record, string error) =>
        new(record.Id, record.IdIsNumber, error, record.Title, [], [], [], []);

    /// <summary>
    /// Summarises one record with <paramref name="pipeline"/>. Never throws on content: an unreadable record,
    /// an empty text or a stage that throws gives a failed result with the reason.
    /// </summary>
    public static BatchResult Summarize(NewsPipeline pipeline, BatchRecord record, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Error is not null) return Failed(record, record.Error);
        if (string.IsNullOrWhiteSpace(record.Text)) return Failed(record, "empty text");
        try
        {
            var result = pipeline.Summarize(record.Text, options);
            return new BatchResult(record.Id, record.IdIsNumber, null, record.Title ?? result.Title,
                result.Summary, result.QuickLooks, result.Entities, result.Keyphrases);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            return Failed(record, $"summarization failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
