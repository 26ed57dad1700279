namespace NewsNlp;

/// <summary>
/// An analysed news article: the input, its cleaned text and everything found in it, each as exact
/// offsets into <see cref="Text"/>. Immutable and safe to share between threads.
/// </summary>
public sealed record NewsDocument
{
    /// <summary>The input exactly as given (plain text or HTML).</summary>
    public required string Input { get; init; }

    /// <summary>The cleaned article: body paragraphs, headings and list items, then captions, separated by blank lines (the title is <see cref="Title"/>).</summary>
    public required string Text { get; init; }

    /// <summary>Maps offsets of <see cref="Text"/> back to <see cref="Input"/>.</summary>
    public OffsetMap Map { get; init; } = OffsetMap.Identity;

    /// <summary>The headline, or null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The summary line under the headline (standfirst, dek), or null; not part of <see cref="Text"/>.</summary>
    public string? Standfirst { get; init; }

    /// <summary>Author, source, dateline and date, as far as known.</summary>
    public Byline Byline { get; init; } = Byline.Empty;

    /// <summary>Body paragraphs, headings, list items and captions, in order, as ranges of <see cref="Text"/>.</summary>
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
