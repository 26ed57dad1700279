namespace NewsNlp.Cleaning;

/// <summary>
/// The default cleaner: reads HTML pages (AngleSharp) and text copied from web pages alike, and keeps only the
/// story: title, byline, dateline and date as metadata; body paragraphs, section headings and list items as text;
/// photo captions and the article's own bullet summary ("Quick Looks", "Key Points") apart from the body.
/// Stateless and thread-safe; never throws on content.
/// </summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    /// <inheritdoc />
    public CleanedArticle Clean(string input, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (format == ArticleFormat.Raw) return RawSegmenter.Segment(input);
        if (format == ArticleFormat.Auto) format = ArticleFormatDetector.Detect(input);
        if (format == ArticleFormat.Html)
        {
            List<SourceBlock> blocks;
            PageMetadata page;
            try
            {
                (blocks, page) = HtmlArticleReader.Read(input);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                // The parser is third-party code: if it ever fails on a page, clean the page as text rather than fail.
                return ArticleAssembler.Assemble(input, PlainTextReader.Read(input), PageMetadata.None, fromHtml: false);
            }
            return ArticleAssembler.Assemble(input, blocks, page, fromHtml: true);
        }
        return ArticleAssembler.Assemble(input, PlainTextReader.Read(input), PageMetadata.None, fromHtml: false);
    }
}
