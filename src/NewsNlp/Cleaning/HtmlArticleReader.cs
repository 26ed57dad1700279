using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsNlp.Cleaning;

/// <summary>
/// Reads an HTML page with AngleSharp: takes the headline, byline, date and captions from the markup, keeps
/// the article's container (&lt;article&gt;, &lt;main&gt;…), drops scripts, navigation, asides, footers, forms and
/// elements whose class or id names site furniture, and returns the remaining headings, paragraphs and list items
/// as blocks positioned at their elements in the input.
/// </summary>
internal static class HtmlArticleReader
{
    private static readonly string[] JunkTags =
    [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "svg", "button",
        "select", "input", "textarea", "object", "embed", "canvas", "dialog", "header", "menu", "link", "meta",
        "video", "audio",   // their text is the "Your browser does not support the video tag." fallback
    ];

    // Class/id/role tokens of site furniture; matched against whole tokens of "share-bar", "related_links"…
    private static readonly HashSet<string> JunkTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "cookie", "cookies",
        "consent", "banner", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "promo", "sponsor",
        "sponsored", "comment", "comments", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation",
        "sidebar", "popup", "modal", "rating", "ratings", "byline", "author", "tags", "pagination", "outbrain",
        "taboola", "recirc", "trending", "popular", "signup", "paywall", "toolbar", "dek", "standfirst", "masthead",
        "footer", "header", "complementary", "contentinfo", "banner", "widget", "newsletters", "more", "recommended",
        "social-links", "skip", "sr", "visually", "hidden", "gallery", "slideshow", "carousel", "playlist", "player",
        "embed", "instagram", "tiktok", "tweet", "twitter", "poll", "regwall", "upsell", "donate", "donation", "footnotes", "footnote",
        "references", "bio", "bios", "republish", "video", "disclaimer", "contributions", "epic", "reactions",
        // An obituary's guest book: readers' condolences, signed.
        "guestbook", "condolences",
        // Captions and credits are read as captions, not as the story's text.
        "caption", "credit",
    };

    // The same without the meter's words: sites mark the story's own paragraphs behind a meter <p class="paywall">, so a
    // paragraph of prose so marked is the story; the meter's notice is short, and usually in a box of its own.
    private static readonly HashSet<string> MeterTokens = new(StringComparer.OrdinalIgnoreCase) { "paywall", "regwall" };
    private static readonly HashSet<string> JunkTokensInProse = new(JunkTokens.Where(t => !MeterTokens.Contains(t)), StringComparer.OrdinalIgnoreCase);

    // A box of the article's own summary bullets ("The story in 30 seconds"): kept, though sites put it in an <aside>.
    private static readonly HashSet<string> SummaryTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "summary", "takeaways", "highlights", "keypoints", "tldr",
    };

    private static readonly HashSet<string> StandfirstTokens = new(StringComparer.OrdinalIgnoreCase) { "summary", "deck", "subtitle", "subheadline" };

    private static readonly HashSet<string> BylineTokens = new(StringComparer.OrdinalIgnoreCase) { "byline", "author" };

    private static readonly HashSet<string> FootnoteTokens = new(StringComparer.OrdinalIgnoreCase) { "footnote", "footnotes" };

    // Caption-like boxes outside <figcaption>: "caption", "img-caption", "fln-figure__caption".
    private static readonly HashSet<string> CaptionTokens = new(StringComparer.OrdinalIgnoreCase) { "caption", "figcaption" };

    // Abbreviated: "img-cap", "img_cptn", "photo-cap" (a picture's word with it: "drop-cap" is a story's first letter).
    private static readonly HashSet<string> ShortCaptionTokens = new(StringComparer.OrdinalIgnoreCase) { "cap", "cptn" };
    private static readonly HashSet<string> PictureTokens = new(StringComparer.OrdinalIgnoreCase) { "img", "image", "photo", "pic" };

    private static bool IsCaptionClass(string? value) => HasToken(value, CaptionTokens) || IsAbbreviatedCaptionClass(value) || IsCompoundCaptionClass(value);

    // Caption and credit written as one class word: "photocaption", "imagecaption", "photocredit".
    private static bool IsCompoundCaptionClass(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var token in value.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (token.Length > 7 && (token.EndsWith("caption", StringComparison.OrdinalIgnoreCase) || token.EndsWith("credit", StringComparison.OrdinalIgnoreCase))
                && !token.Equals("figcaption", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static bool IsAbbreviatedCaptionClass(string? value) => HasToken(value, ShortCaptionTokens) && HasToken(value, PictureTokens);

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "figure", "figcaption", "header", "footer", "aside", "nav", "dl", "dd", "dt", "hr", "form",
        "details", "summary",
    };

    public static (List<SourceBlock> Blocks, PageMetadata Page) Read(string input)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        // Absurd nesting is flattened first (offsets unchanged): the parser is quadratic in it.
        input = HtmlNesting.Bound(input);
        var document = parser.ParseDocument(input);
        var blocks = new List<SourceBlock>();
        if (document.Body is null) return (blocks, PageMetadata.None);

        // A line break is a space; two in a row part paragraphs, as old and table-built pages write them ("…in 1974.<br><br>The
        // board…"): a paragraph separator the walker splits blocks at.
        var breaks = document.Body.QuerySelectorAll("br").ToArray();
        var doubled = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var br in breaks)
        {
            var next = br.NextSibling;
            while (next is IText gap && string.IsNullOrWhiteSpace(gap.Data)) next = next.NextSibling;
            if (next is IElement { LocalName: "br" }) doubled.Add(br);
        }
        foreach (var br in breaks) br.Replace(document.CreateTextNode(doubled.Contains(br) ? ParagraphBreak : LineBreak));
        var root = ChooseRoot(document);
        var (title, fallbackTitle) = FindTitle(document, root);
        var (author, source, date) = FindByline(document, root);

        // Captions, and the first standfirst the markup names, in one pass over the classed elements.
        var captions = new List<SourceBlock>();
        string? standfirst = null;
        foreach (var element in root.QuerySelectorAll("figcaption, [class]"))
        {
            if (standfirst is null && IsStandfirst(element, element.LocalName)) standfirst = Collapse(element.TextContent);
            if (!(element.LocalName == "figcaption" || IsCaptionClass(element.GetAttribute("class")) && !HoldsProse(element) && element.Closest("figcaption") is null))
                continue;
            string text = Collapse(element.TextContent);
            if (text.Length > 0) captions.Add(new SourceBlock(text, 0, text.Length, ContentOffset(input, element), BlockHint.Caption));
        }
        var furniture = FindFurniture(root);

        var reader = new Walker(input, blocks, title, furniture);
        reader.Visit(root);
        return (blocks, new PageMetadata(title, author, source, date, captions, fallbackTitle) { Standfirst = standfirst });
    }

    // The element holding the story: the <article> with the most paragraph text, else <main>, else the body.
    private static IElement ChooseRoot(IHtmlDocument document)
    {
        IElement? best = null;
        int bestLength = 0;
        foreach (var candidate in document.QuerySelectorAll("article, [itemprop=articleBody], main, [role=main]"))
        {
            int length = 0;
            foreach (var p in candidate.QuerySelectorAll("p")) length += p.TextContent.Length;
            // Prefer the innermost container when an <article> sits inside <main> with the same text.
            if (length > bestLength || (length == bestLength && best is not null && best.Contains(candidate)))
            {
                best = candidate; bestLength = length;
            }
        }
        return best is not null && bestLength >= 200 ? best : document.Body!;
    }

    // The headline from the markup (an <h1>, og:title), else none but the page's <title> to fall back on. Not an <h1>
    // that is the site's logo ("<h1 class="masthead__logo">The Evening Lantern</h1>").
    private static (string? Title, string? Fallback) FindTitle(IHtmlDocument document, IElement root)
    {
        foreach (var h1 in root.QuerySelectorAll("h1").Concat(document.QuerySelectorAll("h1")))
            if (Collapse(h1.TextContent) is { Length: > 0 } heading && LineFeatures.Of(heading).Words <= 30 && !InLogo(h1)
                && !IsSiteName(document, heading))
                return (heading, null);
        if (Meta(document, "meta[property='og:title']", "meta[name='twitter:title']") is { } og) return (og, null);
        string pageTitle = Collapse(document.Title ?? "");
        if (pageTitle.Length == 0) return (null, null);
        // "Headline | Site" / "Headline - Site": drop the site part when the rest is a real headline.
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 "])
        {
            int at = pageTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && LineFeatures.Of(pageTitle.AsSpan(0, at)).Words >= 3) return (null, pageTitle[..at]);
        }
        return (null, pageTitle);
    }

    private static (string? Author, string? Source, string? Date) FindByline(IHtmlDocument document, IElement root)
    {
        string? author = null, source = Meta(document, "meta[property='og:site_name']"), date = null;
        const string authorSelector = "[rel=author], [itemprop=author], .byline, .author, [class*=byline], [class*=author-name], [class*=author], "
            + "[class*=contributor i], [data-component*=byline i], [class*=byline i], a[href*='/author/'], a[href*='/authors/'], [data-hook=user-name]";
        // A "By …" line first, wherever it is among the candidates ("SCBC Goulburn Murray" then "By Hamish Corrigan" in one byline
        // box); else a bare name.
        var elements = root.QuerySelectorAll(authorSelector).Concat(document.QuerySelectorAll(authorSelector))
            .Select(e => (Element: e, Text: Collapse(SpacedText(e)))).Where(c => c.Text.Length is > 0 and <= 160).ToList();
        bool byline = false;   // a "By …" line, which may name no person ("Author: KVRN 7 News Staff")
        for (int k = 0; k < elements.Count && !byline; k++)
        {
            if (!BylineParser.TryParseByLine(elements[k].Text, out var by)) continue;
            // A "By …" line inside this one says only that: "By Hannah Osei" of "By Hannah Osei Local Democracy Reporter 3 March
            // 2026", the byline box read as one line.
            foreach (var (inner, text) in elements)
                if (inner != elements[k].Element && elements[k].Element.Contains(inner) && text.Length < elements[k].Text.Length
                    && BylineParser.TryParseByLine(text, out var narrower) && narrower.Author is not null)
                {
                    by = narrower with { Date = narrower.Date ?? by.Date };
                    break;
                }
            author = by.Author; source ??= by.Source; date ??= by.Date; byline = true;
        }
        if (author is null && !byline)
            foreach (var (_, text) in elements)
            {
                // ("Rosalind Achterberg Oct 3, 2024": a profile card's name and the post's date.)
                var name = BylineParser.WithoutDate(text, out var shown);
                if (LineFeatures.Of(name) is { Words: >= 1 and <= 6 } f && f.TitleCaseRatio >= 0.99) { author = name; date ??= shown; break; }
            }
        author ??= Meta(document, "meta[name='author']", "meta[property='article:author']");
        if (author is not null && (author.StartsWith("http", StringComparison.OrdinalIgnoreCase) || author.Contains('/'))) author = null;

        var time = root.QuerySelector("time") ?? document.QuerySelector("time");
        if (time is not null)
        {
            string text = Collapse(time.TextContent);
            date ??= text.Length > 0 ? text : time.GetAttribute("datetime");
        }
        // The date the page shows nearest its headline (not the site's strip of today's date at the top of the page, nor a
        // related story's), else as the page's metadata gives it ("2024-06-12T14:35:00+05:30").
        date ??= ShownDate(document, root);
        date ??= Meta(document, "meta[property='article:published_time']", "meta[name='date']", "meta[itemprop='datePublished']", "meta[name='pubdate']");
        return (author, source, date);
    }

    // A date shown in an element marked as one ("Published on 04 Mar 2026, 22:47 PKT"): of those in the article or above it,
    // the first under the headline, within the few dozen elements its byline and date take, else the nearest above it (a
    // date over the headline; the site's strip of today's date is farther up); without a headline, the first in the article.
    private static string? ShownDate(IHtmlDocument document, IElement root)
    {
        var headline = root.QuerySelector("h1") ?? document.QuerySelector("h1");
        var order = new Dictionary<IElement, int>();
        int position = 0;
        foreach (var element in document.All) order[element] = position++;
        int at = headline is null ? -1 : order[headline];
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished], [class*=date], [class*=time]"))
        {
            bool inArticle = root.Contains(element);
            if (!inArticle && (element.CompareDocumentPosition(root) & DocumentPositions.Following) == 0) continue;
            int index = order[element];
            if (at >= 0 && index - at > 60) continue;   // far down the story: a related story's, a timeline's
            int distance = at < 0 ? (inArticle ? index : int.MaxValue - 1) : index > at ? index - at : 1_000_000 + at - index;
            if (distance >= bestDistance || !BylineParser.TryParseDate(Collapse(element.TextContent), out var written)) continue;
            best = written;
            bestDistance = distance;
        }
        return best;
    }

    // The element's text with a space between its text nodes: "<a>Priya Ramanathan</a><div>Reporter, …</div>" is a name and a
    // job, not "Priya RamanathanReporter".
    private static string SpacedText(IElement element) =>
        string.Join(' ', element.Descendants<IText>().Select(t => t.Data));

    // In the site's logo or masthead ("masthead__logo", "site-branding"), by its own or an ancestor's class or id.
    private static bool InLogo(IElement element)
    {
        for (var e = element; e is not null && e.LocalName != "body"; e = e.ParentElement)
            if (HasToken(e.GetAttribute("class"), LogoTokens) || HasToken(e.Id, LogoTokens)) return true;
        return false;
    }

    private static readonly HashSet<string> LogoTokens = new(StringComparer.OrdinalIgnoreCase) { "logo", "masthead", "branding", "brand" };

    // The site's name, as og:site_name gives it or the <title> ends with it ("Sea chart saved - The Evening Lantern").
    private static bool IsSiteName(IHtmlDocument document, string text)
    {
        if (Meta(document, "meta[property='og:site_name']") is { } site && TextFolding.FoldedEquals(site, text)) return true;
        string pageTitle = Collapse(document.Title ?? "");
        return pageTitle.Length > text.Length + 3 && pageTitle.EndsWith(text, StringComparison.OrdinalIgnoreCase)
            && pageTitle[^(text.Length + 2)..^text.Length] is " |" or " -" or " \u2013" or " \u2014";
    }

    private static string? Meta(IHtmlDocument document, params string[] selectors)
    {
        foreach (var selector in selectors)
            if (document.QuerySelector(selector)?.GetAttribute("content") is { } content && Collapse(content) is { Length: > 0 } value)
                return value;
        return null;
    }

    // Elements to skip. Marked rather than removed: removing thousands of nodes from a big page is quadratic.
    private static HashSet<IElement> FindFurniture(IElement root)
    {
        int rootText = 0;
        foreach (var p in root.QuerySelectorAll("p")) rootText += p.TextContent.Length;
        var doomed = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in root.QuerySelectorAll("*"))
        {
            // Document order: a parent is decided before its children, so furniture spreads down in O(1) per element.
            if (element.ParentElement is { } parent && doomed.Contains(parent)) { doomed.Add(element); continue; }
            if (!IsFurniture(element)) continue;
            // Nor the article's <header> with the story's summary box in it ("Key points" under the headline): its other
            // boxes are judged one by one.
            if (element.QuerySelector("li") is not null && element.Descendants<IElement>().Any(IsSummaryBox)) continue;
            // Never drop a container holding most of the story, whatever its class says.
            if (rootText > 0 && element.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                int inside = 0;
                foreach (var p in element.QuerySelectorAll("p")) inside += p.TextContent.Length;
                if (inside * 2 > rootText) continue;
            }
            doomed.Add(element);
        }
        return doomed;
    }

    private static bool IsFurniture(IElement element)
    {
        string tag = element.LocalName;
        if (tag == "figure") return true; // captions were read already
        // (The article's own summary box stays, though sites put it in an <aside> or mark it complementary.)
        return IsJunk(element, tag) && !IsSummaryBox(element);
    }

    private static bool IsJunk(IElement element, string tag)
    {
        foreach (var junk in JunkTags)
            if (tag == junk) return true;
        // Hidden from screen readers or from view: decoration, unless it holds the story's paragraphs, as a metered paywall's
        // locked part of the article does.
        if ((element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden")) && !HoldsProse(element)) return true;
        // (Frameworks that hash their class names say what a box is in data attributes: data-component="newsletter-signup".
        // A heading's "header" names its place in a box, "storyhighlights__header", not the page's header.)
        string? except = tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? "header" : null;
        string? classes = element.GetAttribute("class");
        if (IsStandfirst(element, tag)) return true;   // read as the standfirst
        // A pull quote set beside the story ("pullquote", "pull-quote"): it repeats or previews the story's words.
        if (classes is not null && (classes.Contains("pullquote", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("pull-quote", StringComparison.OrdinalIgnoreCase) || classes.Contains("pull_quote", StringComparison.OrdinalIgnoreCase))) return true;
        if (IsAbbreviatedCaptionClass(classes) || IsCompoundCaptionClass(classes)) return true;   // read as a caption
        // A small box that opens with its label, "Advertisement" or "Sponsored", then the advertiser and the pitch.
        if (tag is "div" or "section" or "aside" && element.FirstElementChild is { } label && label != element.LastElementChild
            && ChromeLexicon.IsAdLabel(Collapse(label.TextContent)) && element.TextContent.Length < 500) return true;
        // A small box with a form field: a sign-up or a search box, whatever its class ("nl-box": "Get the region's top business
        // news before 7 a.m. …" / "Work email" / "Sign Up"). (The field first: most boxes have none, and their text is not built.)
        if (tag is "div" or "section" or "aside" && element.QuerySelector("input") is not null && element.TextContent.Length < 400) return true;
        // (A paragraph of prose, or a box of the story's paragraphs, marked "paywall" is the story behind the meter:
        // <div class="paywall-content">.)
        var tokens = tag == "p" && element.TextContent.Length >= 200 || tag != "p" && HasToken(classes, MeterTokens) && HoldsProse(element)
            ? JunkTokensInProse : JunkTokens;
        return HasToken(classes, tokens, except) || HasToken(element.Id, tokens, except) || HasToken(element.GetAttribute("role"), tokens, except)
            || HasToken(element.GetAttribute("data-component"), tokens, except) || HasToken(element.GetAttribute("data-testid"), tokens, except)
            || HasToken(element.GetAttribute("aria-labelledby"), tokens, except) || HasToken(element.GetAttribute("aria-label"), tokens, except)
            || element.HasAttribute("data-ad-slot");
    }

    // A paragraph, or a short box of text alone, marked as the story's summary or deck under the headline ("news-story__summary",
    // "article__summary"): its standfirst. Not an item of a summary box ("summary-box__item"), nor a widget's summary
    // ("weather-widget__summary", "hh-rating__summary").
    private static bool IsStandfirst(IElement element, string tag) =>
        (tag == "p" || tag == "div" && element.ChildElementCount == 0 && element.TextContent.Length < 400)
        && element.GetAttribute("class") is { } classes && HasToken(classes, StandfirstTokens) && !HasToken(classes, JunkTokens)
        && !HasToken(element.ParentElement?.GetAttribute("class"), SummaryTokens);

    // A box labelled as a summary ("story-summary", aria-label="Key takeaways") or headed as one ("Key points") with a list
    // of two items or more.
    private static bool IsSummaryBox(IElement element)
    {
        if (element.LocalName is "li" or "ul" or "ol" or "p" or "span" or "a") return false;
        bool labelled = HasToken(element.GetAttribute("class"), SummaryTokens) || HasToken(element.GetAttribute("aria-label"), SummaryTokens);
        if (!labelled && element.FirstElementChild is { LocalName: "h2" or "h3" or "h4" or "h5" or "strong" } first)
        {
            string heading = Collapse(first.TextContent);
            labelled = heading.Length is > 0 and < 60 && ChromeLexicon.IsSummaryBlockHeading(heading, LineFeatures.Of(heading));
        }
        return labelled && element.QuerySelectorAll("li").Length >= 2;
    }

    private static bool HoldsProse(IElement element)
    {
        int paragraphs = 0, length = 0;
        foreach (var p in element.QuerySelectorAll("p"))
        {
            paragraphs++;
            length += p.TextContent.Length;
        }
        return paragraphs >= 2 && length >= 300;
    }

    // One of the tokens in a class, id or label ("share-bar", "related_links", "masthead__logo").
    private static bool HasToken(string? value, HashSet<string> tokens, string? except = null)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var token in value.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (tokens.Contains(token) && !string.Equals(token, except, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Stand for a double and a single line break in the text of the page until the walker splits blocks at them; both
    // are whitespace to everything else.
    private const string ParagraphBreak = "\u2029", LineBreak = "\u2028";

    /// <summary>
    /// The text with whitespace runs as single spaces; with <paramref name="keepBreaks"/>, a run holding a line or a
    /// paragraph break becomes that break instead.
    /// </summary>
    private static string Collapse(string text, bool keepBreaks = false)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        char kept = ' ';
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                if (keepBreaks && sb.Length > 0 && (c == ParagraphBreak[0] || c == LineBreak[0] && kept != ParagraphBreak[0])) kept = c;
                continue;
            }
            if (space) { sb.Append(kept); space = false; kept = ' '; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Where the element's text starts in the input: just past its start tag, as far as the parser says.
    private static int ContentOffset(string input, IElement element)
    {
        if (element.SourceReference is not { } reference) return 0;
        int at = Math.Clamp(reference.Position.Position, 0, input.Length);
        int close = at < input.Length ? input.IndexOf('>', at) : -1;
        if (close < 0) return at;
        int i = close + 1;
        while (i < input.Length && char.IsWhiteSpace(input[i])) i++;
        return Math.Min(i, input.Length);
    }

    /// <summary>Walks the kept elements in document order and emits one block per text element.</summary>
    private sealed class Walker(string input, List<SourceBlock> blocks, string? title, HashSet<IElement> furniture)
    {
        // Deeper than this, a subtree is read as one block: absurd nesting must not exhaust the stack.
        private const int MaxDepth = 200;

        public void Visit(IElement element, int depth = 0)
        {
            if (depth > MaxDepth)
            {
                Emit(element, Collapse(element.TextContent), BlockHint.None);   // (no recursion here)
                return;
            }
            foreach (var child in element.Children) VisitChild(child, depth);
        }

        private void VisitChild(IElement child, int depth)
        {
            if (furniture.Contains(child)) return;
            string tag = child.LocalName;
            switch (tag)
            {
                case "h1":
                    var h1 = Collapse(KeptText(child));
                    if (title is null || !TextFolding.FoldedEquals(h1, title)) Emit(child, h1, BlockHint.Heading);
                    break;
                // (An accordion's question, <details><summary>, heads its answer.)
                case "h2" or "h3" or "h4" or "h5" or "h6" or "summary":
                    Emit(child, Collapse(KeptText(child)), BlockHint.Heading);
                    break;
                case "p" or "pre" or "dd":
                    if (IsLinkList(child)) break;
                    string paragraph = Collapse(KeptText(child), keepBreaks: true);
                    Emit(child, paragraph, BlockHint.None, boldQuestion: paragraph.EndsWith('?') && IsWhollyBold(child));
                    break;
                case "li":
                    if (HasBlockChildren(child, "p")) Visit(child, depth + 1);
                    else if (!IsLinkList(child)) Emit(child, Collapse(KeptText(child)), BlockHint.ListItem);
                    break;
                case "figcaption":
                    Emit(child, Collapse(KeptText(child)), BlockHint.Caption);
                    break;
                case "table":
                    // A data table (a league table, market figures) is no prose; a page laid out in a table is.
                    if (IsLayoutTable(child)) Visit(child, depth + 1);
                    break;
                case "thead" or "tbody" or "tfoot" or "tr":
                    Visit(child, depth + 1);
                    break;
                default:
                    // (Text and boxes side by side: "…passengers daily.<div class="ad">…</div>Speaking to reporters…".)
                    if (HasBlockChildren(child, null))
                    {
                        if (HasOwnText(child)) VisitMixed(child, depth + 1);
                        else Visit(child, depth + 1);
                    }
                    else
                    {
                        // (A byline may be all link: "By <a href="/authors/…">Priya Ramaswamy</a>".)
                        string text = KeptText(child);
                        if (text.Length >= 40 && !IsLinkList(child) || IsShortLandmark(Collapse(text)))
                            Emit(child, Collapse(text, keepBreaks: true), BlockHint.None);
                    }
                    break;
            }
        }

        /// <summary>
        /// A container whose own text runs between block elements (a story's paragraphs parted by &lt;br&gt;&lt;br&gt;, with
        /// an advertisement's box or an "Also read" box between them): each run of text is read as blocks, and each block
        /// element in its place.
        /// </summary>
        private void VisitMixed(IElement element, int depth)
        {
            var run = new StringBuilder();
            // (A run's words are looked for from the box before it, the nearest place the parser can tell.)
            var from = element;
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement inner && BlockTags.Contains(inner.LocalName))
                {
                    EmitRun(from, run);
                    VisitChild(inner, depth);
                    from = inner;
                }
                else if (node is IElement inline)
                {
                    if (!Drops(inline)) run.Append(KeptText(inline));
                }
                else if (node is IText text) run.Append(text.Data);
            }
            EmitRun(from, run);
        }

        private void EmitRun(IElement from, StringBuilder run)
        {
            string text = Collapse(run.ToString(), keepBreaks: true);
            run.Clear();
            if (text.Length < 40) return;
            // Where the run's first words are in the page after that box (not found when entities spell them: then the box).
            var first = text.AsSpan(0, Math.Min(12, text.AsSpan().IndexOfAny(ParagraphBreak[0], LineBreak[0]) is var b and >= 0 ? b : text.Length));
            Emit(WordsFrom(ContentOffset(input, from), first), text, BlockHint.None);
        }

        // All of the paragraph's words inside one <strong> or <b> ("<p><strong>How did it start?</strong></p>").
        private static bool IsWhollyBold(IElement paragraph) =>
            paragraph.Children.Length == 1 && paragraph.FirstElementChild is { LocalName: "strong" or "b" } bold
            && bold.TextContent.AsSpan().Trim().SequenceEqual(paragraph.TextContent.AsSpan().Trim());

        // Text of its own, not only inside its child elements: more than a few characters of it.
        private static bool HasOwnText(IElement element)
        {
            int length = 0;
            foreach (var node in element.ChildNodes)
                if (node is IText text && (length += text.Data.AsSpan().Trim().Length) >= 40) return true;
            return false;
        }

        // The element's text without what furniture inside it says: "By <span class="byline">…</span> <time>…</time>
        // <button>Listen to this article</button>" keeps its date only (the byline is read from the page apart).
        private string KeptText(IElement element)
        {
            bool any = false;
            foreach (var inner in element.QuerySelectorAll("*"))
                if (Drops(inner)) { any = true; break; }
            if (!any) return element.TextContent;
            var text = new StringBuilder();
            Append(element, text);
            return text.ToString();
        }

        // Furniture inside a line of text, except a byline's name (the line tells where the byline is) and a drop cap hidden
        // from screen readers ("<span aria-hidden>W</span>hen the fog …"); a footnote's mark goes however short ("… in 2021.1").
        private bool Drops(IElement inner) =>
            furniture.Contains(inner) && (inner.TextContent.Trim().Length > 1 || HasToken(inner.GetAttribute("class"), FootnoteTokens))
            && !HasToken(inner.GetAttribute("class"), BylineTokens);

        private void Append(INode node, StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement inner)
                {
                    if (Drops(inner)) text.Append(' ');
                    else Append(inner, text);
                }
                else if (child is IText t) text.Append(t.Data);
            }
        }

        private void Emit(IElement element, string text, BlockHint hint, bool boldQuestion = false) =>
            Emit(ContentOffset(input, element), text, hint, boldQuestion);

        // (A bold question is one line: a paragraph of several lines is never one.)
        private void Emit(int offset, string text, BlockHint hint, bool boldQuestion = false)
        {
            if (text.Length == 0) return;
            if (text.AsSpan().IndexOfAny(ParagraphBreak[0], LineBreak[0]) < 0)
            {
                blocks.Add(new SourceBlock(text, 0, text.Length, offset, hint) { IsBoldQuestion = boldQuestion });
                return;
            }
            // Blocks end at paragraph breaks, and at line breaks around a byline or the start of what follows the story
            // ("Reader Comments (2)"); other line breaks are spaces. The breaks become spaces in the shared text, and each
            // block starts where its first words are found in the page after the one before.
            var lines = new List<(int End, bool Paragraph, bool Landmark)>();
            int lineStart = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ParagraphBreak[0] && text[i] != LineBreak[0]) continue;
                lines.Add((i, i == text.Length || text[i] == ParagraphBreak[0], IsShortLandmark(text[lineStart..i])));
                lineStart = i + 1;
            }
            var ends = new List<int>();
            for (int k = 0; k < lines.Count; k++)
                if (lines[k].Paragraph || lines[k].Landmark || k + 1 < lines.Count && lines[k + 1].Landmark) ends.Add(lines[k].End);
            string flat = text.Replace(ParagraphBreak[0], ' ').Replace(LineBreak[0], ' ');
            int start = 0;
            foreach (int end in ends)
            {
                offset = WordsFrom(offset, flat.AsSpan(start, Math.Min(12, end - start)));
                if (end > start) blocks.Add(new SourceBlock(flat, start, end, offset, hint));
                start = end + 1;
            }
        }

        // Where the words are in the page from the offset on (within 64K characters), or the offset when they are not found.
        private int WordsFrom(int offset, ReadOnlySpan<char> words)
        {
            int at = words.IsEmpty ? -1 : input.AsSpan(offset, Math.Min(input.Length - offset, 1 << 16)).IndexOf(words, StringComparison.Ordinal);
            return at >= 0 ? offset + at : offset;
        }

        // Short text outside any paragraph worth a block all the same: a byline ("By Harold Jeskey") or its date, the heading of the
        // article's own summary ("Key takeaways") or the start of what follows the story ("Reader Comments (2)").
        private static bool IsShortLandmark(string text) =>
            text.Length > 0 && (BylineParser.TryParseByLine(text, out _) || BylineParser.TryParseDate(text, out _)
                || ChromeLexicon.IsTrailerMarker(text, LineFeatures.Of(text))
                || ChromeLexicon.IsSummaryBlockHeading(text, LineFeatures.Of(text)));

        // A table whose cells hold the story: one cell of 200 characters or more with sentences in it, and no header cells.
        private static bool IsLayoutTable(IElement table)
        {
            if (table.QuerySelector("th") is not null) return false;
            foreach (var cell in table.QuerySelectorAll("td"))
                if (cell.TextContent.Length >= 200 && cell.TextContent.Contains(". ", StringComparison.Ordinal)) return true;
            return false;
        }

        // Mostly links: a menu or a list of related headlines.
        private static bool IsLinkList(IElement element)
        {
            int total = element.TextContent.Length;
            if (total == 0) return true;
            int linked = 0;
            foreach (var a in element.QuerySelectorAll("a")) linked += a.TextContent.Length;
            return linked * 5 >= total * 4 || (linked * 2 > total && total < 80);
        }

        private static bool HasBlockChildren(IElement element, string? only)
        {
            foreach (var child in element.Children)
                if (only is null ? BlockTags.Contains(child.LocalName) : child.LocalName == only) return true;
            return false;
        }
    }
}
