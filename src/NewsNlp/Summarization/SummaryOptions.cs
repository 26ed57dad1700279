namespace NewsNlp;

/// <summary>What to produce when summarising, in the manner of CsvHelper's configuration objects.</summary>
public sealed record SummaryOptions
{
    /// <summary>The defaults: 5 Quick Looks bullets, a 3-sentence summary, 10 keyphrases.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>Number of Quick Looks bullets (default 5).</summary>
    public int Bullets { get; init; } = 5;

    /// <summary>Number of sentences in the extractive summary (default 3).</summary>
    public int Sentences { get; init; } = 3;

    /// <summary>Number of keyphrases (default 10).</summary>
    public int Keyphrases { get; init; } = 10;
}
