using NewsNlp.Summarization;

namespace NewsNlp;

public sealed partial class NewsPipeline
{
    /// <summary>
    /// Analyses an article and summarises it: the best sentences verbatim, labelled Quick Looks bullets,
    /// keyphrases, and the article's own bullet block reported apart (never reused). Thread-safe and
    /// deterministic; empty or odd input gives an empty or short summary, never an exception.
    /// </summary>
    /// <param name="input">The article, as plain text or HTML.</param>
    /// <param name="options">How many bullets, sentences and keyphrases; <see cref="SummaryOptions.Default"/> when null.</param>
    public SummaryResult Summarize(string input, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Summarizer.Default.Summarize(Analyze(input), options ?? SummaryOptions.Default);
    }

    /// <summary>Summarises a document already analysed by <see cref="Analyze"/>.</summary>
    public SummaryResult Summarize(NewsDocument document, SummaryOptions? options = null) =>
        Summarizer.Default.Summarize(document, options ?? SummaryOptions.Default);
}
