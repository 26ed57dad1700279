namespace NewsNlp;

public sealed partial class NewsPipeline
{
    /// <summary>
    /// Analyses an article and summarises it. (Foundation placeholder until the summarization stage lands:
    /// lead sentences, no labels.)
    /// </summary>
    public SummaryResult Summarize(string input, SummaryOptions? options = null)
    {
        options ??= SummaryOptions.Default;
        var document = Analyze(input);
        var bullets = document.Sentences.Take(options.Bullets)
            .Select((s, i) => new QuickLookBullet("", document.TextOf(s), i, 0)).ToArray();
        var summary = document.Sentences.Take(options.Sentences).Select(document.TextOf).ToArray();
        return new SummaryResult(document, bullets, summary, []);
    }
}
