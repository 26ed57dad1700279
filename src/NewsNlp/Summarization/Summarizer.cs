namespace NewsNlp.Summarization;

/// <summary>
/// The summarization stage: scores every body sentence with the <see cref="SentenceRanker"/>, picks the
/// summary and the Quick Looks bullets without redundancy, tightens and labels the bullets, and extracts
/// keyphrases. Stateless after loading its models; thread-safe.
/// </summary>
public sealed class Summarizer
{
    private static readonly Lazy<Summarizer> Shared = new(() => new Summarizer(SentenceRanker.Default, WordLexicon.Default));

    private readonly SentenceRanker _ranker;
    private readonly WordLexicon _lexicon;
    private readonly HeadlineLabeler _labeler;

    internal Summarizer(SentenceRanker ranker, WordLexicon lexicon)
    {
        _ranker = ranker;
        _lexicon = lexicon;
        _labeler = new HeadlineLabeler(lexicon, ranker.Idf);
    }

    /// <summary>The summarizer with the models embedded in the package, loaded once.</summary>
    public static Summarizer Default => Shared.Value;

    // Bullets read best as statements of a reasonable length.
    private const int MinBulletWords = 6, MaxBulletWords = 60;

    /// <summary>Summarizes an analysed document. Never throws on content; an article without sentences gives an empty summary.</summary>
    public SummaryResult Summarize(NewsDocument document, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= SummaryOptions.Default;
        var terms = new ArticleTerms(document, _ranker.Idf);
        var scores = _ranker.Score(terms);
        int n = scores.Length;

        var summaryIndexes = SentenceSelector.Select(terms, scores, Math.Clamp(options.Sentences, 0, n), redundancy: SentenceSelector.Redundancy.NearDuplicate);
        var summary = summaryIndexes.Select(s => document.TextOf(document.Sentences[s])).ToArray();

        var bulletIndexes = SentenceSelector.Select(terms, scores, Math.Clamp(options.Bullets, 0, n), redundancy: SentenceSelector.Redundancy.Trigram,
            eligible: s => terms.WordCount[s] is >= MinBulletWords and <= MaxBulletWords && !IsQuestion(document, s));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var bullets = new QuickLookBullet[bulletIndexes.Length];
        for (int b = 0; b < bulletIndexes.Length; b++)
        {
            int s = bulletIndexes[b];
            var chunks = Chunk.Split(document, document.Sentences[s], _lexicon);
            var (kept, text) = SentenceTightener.Tighten(document.Text, chunks);
            string label = _labeler.Label(document.Text, kept, taken);
            bullets[b] = new QuickLookBullet(label, text, s, Math.Round(scores[s], 4));
        }
        var keyphrases = KeyphraseExtractor.Extract(terms, _lexicon, Math.Max(0, options.Keyphrases));
        return new SummaryResult(document, bullets, summary, keyphrases);
    }

    private static bool IsQuestion(NewsDocument document, int s)
    {
        var span = document.Span(document.Sentences[s]).TrimEnd("\"'\u201D\u2019) ");
        return span.Length > 0 && span[^1] == '?';
    }
}
