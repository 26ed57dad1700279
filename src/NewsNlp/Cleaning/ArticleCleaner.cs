namespace NewsNlp.Cleaning;

/// <summary>The default cleaner. (Foundation placeholder: only <see cref="ArticleFormat.Raw"/> segmentation so far.)</summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    /// <inheritdoc />
    public CleanedArticle Clean(string input, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RawSegmenter.Segment(input);
    }
}
