namespace NewsNlp;

/// <summary>
/// An analysed news article: the input, its cleaned text and everything found in it, each as exact
/// offsets into <see cref="Text"/>. Immutable and safe to share between threads.
/// </summary>
public sealed record NewsDocument
{
    /// <summary>The input exactly as given (plain text or HTML).</summary>
    public required string Input { get; init; }

    /// <summary>
    /// The cleaned article: body paragraphs, headings and list items, then captions, then the header lines (headline,
    /// standfirst, dateline, an existing bullet block's lines) found in the input, separated by blank lines. See
    /// <see cref="ParagraphKind"/>.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>Maps offsets of <see cref="Text"/> back to <see cref="Input"/>.</summary>
    public OffsetMap Map { get; init; } = OffsetMap.Identity;

    /// <summary>The headline, or null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The summary line under the headline (standfirst, dek), or null; not part of <see cref="Text"/>.</summary>
    public string? Standfirst { get; init; }

    /// <summary>Author, source, dateline and date, as far as known.</summary>
    public Byline Byline { get; init; } = Byline.Empty;

    /// <summary>Body paragraphs, headings, list items, captions and header lines, in order, as ranges of <see cref="Text"/>.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Photo captions and credits, kept out of the body (they are also <see cref="ParagraphKind.Caption"/> paragraphs after it).</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The heading of a bullet block the article already carries ("Quick Looks"), or null.</summary>
    public string? ExistingQuickLooksHeading { get; init; }

    /// <summary>The bullets of that block, reported and never summarised as body text.</summary>
    public IReadOnlyList<QuickLook> ExistingQuickLooks { get; init; } = [];

    /// <summary>Every token of <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<Token> Tokens { get => _tokens; init => _tokens = ToArray(value); }

    /// <summary>Every sentence of the body, in order. Headings are paragraphs, not sentences.</summary>
    public IReadOnlyList<Sentence> Sentences { get => _sentences; init => _sentences = ToArray(value); }

    // Kept as arrays so the stages read them as spans: an interface call per token cost ~3% of a batch run.
    private readonly Token[] _tokens = [];
    private readonly Sentence[] _sentences = [];

    /// <summary><see cref="Tokens"/> as a span.</summary>
    internal ReadOnlySpan<Token> TokenSpan => _tokens;

    /// <summary>
    /// The tokens before the header lines: the story's own words, which term statistics and keyphrases count (the
    /// header lines are in <see cref="Text"/> only so that entity mentions in them have offsets).
    /// </summary>
    internal ReadOnlySpan<Token> StoryTokenSpan => _tokens.AsSpan(0, StoryTokenCount);

    /// <summary>Where the story ends in <see cref="Text"/>, before the header lines: its length when there are none.</summary>
    internal int StoryEnd
    {
        get
        {
            int end = 0;
            foreach (var paragraph in Paragraphs)
            {
                if (paragraph.Kind == ParagraphKind.Header) return end;
                end = paragraph.End;
            }
            return Text.Length;
        }
    }

    // Not cached: a record's `with` would copy a cache that no longer fits its new tokens. A few calls per article.
    private int StoryTokenCount
    {
        get
        {
            int storyEnd = StoryEnd, lo = 0, hi = _tokens.Length;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (_tokens[mid].Start < storyEnd) lo = mid + 1; else hi = mid; }
            return lo;
        }
    }

    /// <summary><see cref="Sentences"/> as a span.</summary>
    internal ReadOnlySpan<Sentence> SentenceSpan => _sentences;

    private static T[] ToArray<T>(IReadOnlyList<T> list) => list switch
    {
        null => throw new ArgumentNullException(nameof(list)),
        T[] array => array,
        _ => [.. list],
    };

    /// <summary>Linked entities, most salient first; empty when no recognizer ran.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The characters of a token, without allocating.</summary>
    public ReadOnlySpan<char> Span(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The characters of a sentence, without allocating.</summary>
    public ReadOnlySpan<char> Span(Sentence sentence) => Text.AsSpan(sentence.Start, sentence.Length);

    /// <summary>The text of a token.</summary>
    public string TextOf(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a sentence.</summary>
    public string TextOf(Sentence sentence) => Text.Substring(sentence.Start, sentence.Length);

    /// <summary>The text of a paragraph.</summary>
    public string TextOf(Paragraph paragraph) => Text.Substring(paragraph.Start, paragraph.Length);
}
