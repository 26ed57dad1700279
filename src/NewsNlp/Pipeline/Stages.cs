namespace NewsNlp;

/// <summary>Stage 1: turns an input (text or HTML) into clean article text with its metadata.</summary>
public interface IArticleCleaner
{
    /// <summary>Cleans one article. Never throws on content; only on a null input.</summary>
    CleanedArticle Clean(string input, ArticleFormat format = ArticleFormat.Auto);
}

/// <summary>Stage 2: splits text into tokens. Implementations are stateless and thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, each shifted by
    /// <paramref name="offset"/>. Tokens and the whitespace between them give back the text exactly.
    /// The pipeline reuses <paramref name="tokens"/> from one article to the next: do not keep it after the call.
    /// </summary>
    void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens);
}

/// <summary>Stage 3: groups the tokens of one paragraph into sentences. Stateless and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>
    /// Appends the sentences of one paragraph to <paramref name="sentences"/>. The pipeline reuses that list
    /// from one article to the next: do not keep it after the call.
    /// </summary>
    /// <param name="text">The whole document text (token offsets point into it).</param>
    /// <param name="tokens">The paragraph's tokens.</param>
    /// <param name="firstToken">Index of <paramref name="tokens"/>[0] in the document's token list.</param>
    /// <param name="paragraph">Index of the paragraph, recorded on each sentence.</param>
    /// <param name="sentences">Where the sentences go.</param>
    void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int paragraph, List<Sentence> sentences);
}

/// <summary>Stage 4: finds the entities of a tokenized document and links their mentions. Thread-safe.</summary>
public interface IEntityRecognizer
{
    /// <summary>The linked entities of <paramref name="document"/>, most salient first.</summary>
    IReadOnlyList<Entity> Recognize(NewsDocument document);
}
