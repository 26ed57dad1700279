using NewsNlp.Cleaning;
using NewsNlp.Entities;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp;

/// <summary>
/// The whole NewsNlp pipeline: clean, tokenize, split, recognise entities and summarise. Create it once
/// (models load once) and share it: every method is thread-safe.
/// </summary>
public sealed partial class NewsPipeline
{
    private static readonly Lazy<NewsPipeline> Default = new(() => new NewsPipeline(
        new ArticleCleaner(), NewsTokenizer.Instance, SentenceSplitter.Instance, new LazyEntityRecognizer()));

    private readonly IArticleCleaner _cleaner;
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _splitter;
    private readonly IEntityRecognizer? _entities;

    /// <summary>Creates a pipeline from its stages; pass null for <paramref name="entities"/> to skip recognition.</summary>
    public NewsPipeline(IArticleCleaner cleaner, ITokenizer tokenizer, ISentenceSplitter splitter, IEntityRecognizer? entities)
    {
        _cleaner = cleaner ?? throw new ArgumentNullException(nameof(cleaner));
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        _entities = entities;
    }

    /// <summary>The shared pipeline with the models embedded in the package, loaded on first use.</summary>
    public static NewsPipeline CreateDefault() => Default.Value;

    /// <summary>
    /// Loads every model the default pipeline uses now, the entity model and the splitter's boundary model on
    /// a second thread beside the others, instead of one after the other on first use: a batch or a one-article
    /// run starts sooner. Safe to call any number of times. A model that fails to load is reported where it is
    /// first used, as usual.
    /// </summary>
    public static void LoadModels()
    {
        var entities = new Thread(() =>
        {
            // A failure is cached by the model's Lazy and thrown again to the first caller that needs the model.
            try { _ = EntityRecognizer.Default; }
            catch (Exception) { }
            // The boundary model (a few ms) loads on the first gap that needs it, which the warm-up text below lacks.
            try { _ = BoundaryModel.Default; }
            catch (Exception) { }
        }) { IsBackground = true, Name = "NewsNlp entity model" };
        entities.Start();
        try
        {
            _ = Summarization.Summarizer.Default;
            CreateDefault().Segment("Models load. Once.");
        }
        catch (Exception) { }  // likewise
        entities.Join();
    }

    /// <summary>
    /// Cleans, tokenizes and splits an article, and recognises its entities; the headline, standfirst, dateline and an
    /// existing bullet block follow the story in <see cref="NewsDocument.Text"/> as header paragraphs, where the input
    /// has them (as text or as markup).
    /// </summary>
    public NewsDocument Analyze(string input, ArticleFormat format = ArticleFormat.Auto)
    {
        var document = Segment(HeaderLines.Append(_cleaner.Clean(input, format)));
        return _entities is null ? document : document with { Entities = _entities.Recognize(document) };
    }

    /// <summary>
    /// Tokenizes and splits text exactly as given, without cleaning or entities: paragraphs end at blank
    /// lines, and every offset points into <paramref name="text"/> itself.
    /// </summary>
    public NewsDocument Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(_cleaner.Clean(text, ArticleFormat.Raw));
    }

    [ThreadStatic] private static (List<Token> Tokens, List<Sentence> Sentences)? t_segmentLists;

    private NewsDocument Segment(CleanedArticle article)
    {
        // Lists reused per thread, so an article allocates only its final arrays. Taken out while in use, so a
        // plugged-in stage that segments another text on this thread gets lists of its own.
        var (tokens, sentences) = t_segmentLists ?? ([], []);
        t_segmentLists = null;
        tokens.Clear();
        sentences.Clear();
        // News text averages about 5 characters a token: a quarter of the length rarely overflows (and copies).
        tokens.EnsureCapacity(article.Text.Length / 4 + 16);
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            int first = tokens.Count;
            _tokenizer.Tokenize(article.Text.AsSpan(paragraph.Start, paragraph.Length), paragraph.Start, tokens);
            if (paragraph.Kind is ParagraphKind.Heading or ParagraphKind.Caption or ParagraphKind.Header) continue; // tokens, but no sentences
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[first..];
            _splitter.Split(article.Text, span, first, p, sentences);
        }
        var document = new NewsDocument
        {
            Input = article.Input,
            Text = article.Text,
            Map = article.Map,
            Title = article.Title,
            Standfirst = article.Standfirst,
            Byline = article.Byline,
            Paragraphs = article.Paragraphs,
            Captions = article.Captions,
            ExistingQuickLooksHeading = article.ExistingQuickLooksHeading,
            ExistingQuickLooks = article.ExistingQuickLooks,
            Tokens = tokens.ToArray(),
            Sentences = sentences.ToArray(),
        };
        // A huge article should not keep its lists alive for the rest of the thread's life.
        if (tokens.Capacity <= 1 << 16) t_segmentLists = (tokens, sentences);
        return document;
    }

    /// <summary>Tokenizes text exactly as given (no cleaning): every token of the whole input.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4 + 16);
        _tokenizer.Tokenize(text, 0, tokens);
        return tokens.ToArray();
    }
}
