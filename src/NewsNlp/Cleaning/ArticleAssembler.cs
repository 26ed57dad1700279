namespace NewsNlp.Cleaning;

/// <summary>
/// Turns the blocks of a page (lines of copied text, or HTML elements) into a <see cref="CleanedArticle"/>:
/// finds the title, byline and wire header, the article's own bullet summary, captions, where the story starts
/// and ends, and what inside it is body, heading, list item or chrome. Works from line features and small
/// generic lexicons, in a few linear passes.
/// </summary>
internal static class ArticleAssembler
{
    private enum Role : byte { Unknown, Chrome, Caption, Byline, SummaryHeading, SummaryItem, Title, Standfirst }

    // Prose needs this many words to count as the start or end of the story (HTML paragraphs are trusted more).
    private const int MinProseWordsText = 8;
    private const int MinProseWordsHtml = 5;
    private const int TopRegionScanLimit = 40;

    public static CleanedArticle Assemble(string input, List<SourceBlock> blocks, PageMetadata page, bool fromHtml)
    {
        int n = blocks.Count;
        var features = new LineFeatures[n];
        var roles = new Role[n];
        int minProse = fromHtml ? MinProseWordsHtml : MinProseWordsText;

        string? title = page.Title, author = page.Author, source = page.Source, dateline = null, date = page.Date;
        // Captions and the blocks they came from (their offsets map back through them).
        var captions = new List<string>(page.Captions.Select(c => c.Span.ToString()));
        var captionBlocks = new List<SourceBlock>(page.Captions);
        string? summaryHeading = null, standfirst = page.Standfirst;
        int standfirstAt = -1;
        var quickLooks = new List<QuickLook>();
        bool sawBackslashLine = false;

        // Pass 1: what each block is on its own.
        for (int i = 0; i < n; i++)
        {
            var span = blocks[i].Span;
            features[i] = LineFeatures.Of(span);
            if (blocks[i].Hint == BlockHint.Caption || (blocks[i].Hint == BlockHint.None && features[i].Words <= 60 && CaptionDetector.IsCaption(span)))
            {
                roles[i] = Role.Caption;
                captions.Add(span.ToString());
                captionBlocks.Add(blocks[i]);
            }
            else if (!sawBackslashLine && BylineParser.TryParseBackslashLine(span, out var fields))
            {
                sawBackslashLine = true;
                roles[i] = Role.Byline;
                title ??= fields.Title;
                author ??= fields.Author; source ??= fields.Source; dateline ??= fields.Dateline; date ??= fields.Date;
            }
            else if (features[i].IsMostlyJunk)
            {
                roles[i] = Role.Chrome;
            }
            else if (ChromeLexicon.IsChrome(span, features[i]) || IsMenuLine(span, features[i]) || ChromeLexicon.IsReaderAppeal(span, features[i])
                || IsDataLine(span, features[i]) || IsLiveBlogMark(blocks[i], features[i]) || IsPlayButton(blocks[i], features[i]))
            {
                roles[i] = Role.Chrome;
                if (author is null && BylineParser.TryParseByLine(span, out var credit))
                {
                    author = credit.Author;
                    source ??= credit.Source;
                    date ??= credit.Date;
                }
            }
        }

        CaptionsBesideCredits(input, blocks, features, roles, captions, captionBlocks);
        if (!fromHtml)
        {
            LinkLists(input, blocks, features, roles);
            PromptBlocks(input, blocks, features, roles);
            FactCheckBoxes(blocks, features, roles);
        }

        // Pass 2: the article's own bullet summary ("Quick Looks", "Key Points"…) and its bullets.
        for (int i = 0; i < n && summaryHeading is null; i++)
        {
            if (roles[i] != Role.Unknown || blocks[i].Hint == BlockHint.ListItem) continue;
            if (!ChromeLexicon.IsSummaryBlockHeading(blocks[i].Span, features[i])) continue;
            int j = i + 1;
            // Bullets usually keep their markers; text copied from a page may have lost them, leaving "Label: text" lines,
            // or short sentences one to a line with no blank line between them ("What to know" then four sentences).
            // (Sentences with stops run one to a line; fragments without one may stand apart, all in that style.)
            bool marked = j < n && blocks[j].Hint == BlockHint.ListItem;
            bool labelled = !marked && j < n && IsLabelledLine(blocks[j].Span);
            bool fragments = !marked && !labelled && j < n && !features[j].EndsWithSentencePunctuation;
            while (j < n && roles[j] is Role.Unknown or Role.Chrome
                   && (marked ? blocks[j].Hint == BlockHint.ListItem
                       : blocks[j].Hint == BlockHint.None && (labelled ? IsLabelledLine(blocks[j].Span)
                           // (A fragment may read like a headline, "The Coastal Highway is cut between Bellandra and Mission
                           // Flats", "Adult fares rise from $6.25 to $6.75 on July 1", on a line right under the heading or the one before it.)
                           : fragments ? IsBulletFragment(WithoutClockStop(blocks[j].Span, features[j])) || features[j].Words >= 5 && features[j].IsHeadlineLike
                               && (j == i + 1 || !BlankLineBetween(input, blocks[j - 1], blocks[j]))
                           : IsBulletSentence(features[j]) && (j == i + 1 || !BlankLineBetween(input, blocks[j - 1], blocks[j])))))
                j++;
            // Pasted with a blank line after each: three to six one-sentence lines of at most 25 words ("What to know" / "The
            // fire has burned 18,400 acres and is 5% contained." / …); a story's own first paragraph runs longer.
            if (!marked && !labelled && !fragments && j - i - 1 < 2)
            {
                int k = i + 1;
                while (k < n && k - i - 1 < 7 && roles[k] is Role.Unknown && blocks[k].Hint == BlockHint.None
                       && IsBulletSentence(features[k]) && features[k].Words <= 25 && !features[k].HasInnerSentenceBreak)
                    k++;
                if (k - i - 1 is >= 3 and <= 6) j = k;
            }
            if (j - i - 1 < 2) continue;
            roles[i] = Role.SummaryHeading;
            summaryHeading = ChromeLexicon.TrimDecorations(blocks[i].Span).ToString();
            for (int k = i + 1; k < j; k++)
            {
                roles[k] = Role.SummaryItem;
                quickLooks.Add(QuickLookParser.Parse(blocks[k].Span));
            }
        }

        if (summaryHeading is null) HeadlessSummaryBlock(blocks, features, roles, minProse, quickLooks);

        // Pass 3: where the story starts: the first prose block that is not metadata.
        int bodyStart = -1;
        for (int i = 0; i < n && bodyStart < 0; i++)
        {
            if (roles[i] != Role.Unknown || blocks[i].Hint != BlockHint.None) continue;
            var span = blocks[i].Span;
            var header = WireHeader.Parse(span);
            var rest = span[header.Length..];
            if (header.Length > 0 && rest.Trim().Length == 0)
            {
                // A header on a line of its own: "WASHINGTON (Reuters) --".
                roles[i] = Role.Byline;
                Merge(header, ref author, ref source, ref dateline, ref date);
                continue;
            }
            if (BylineParser.TryParseByLine(span, out _) || BylineParser.TryParseDate(span, out _)) continue;
            var proseFeatures = header.Length > 0 ? LineFeatures.Of(rest) : features[i];
            // A wire header opens the story, however short its first sentence ("WASHINGTON (AP) — The bill passed.").
            // (So does a short sentence right before prose: "Juniper Vale is officially off the market.")
            if (!(proseFeatures.IsProse(minProse) || (header.Length > 0 && proseFeatures.Words >= 3 && proseFeatures.EndsWithSentencePunctuation)
                  || header.Length == 0 && proseFeatures is { Words: >= 4, EndsWithSentencePunctuation: true, EndsWithQuestionMark: false, TitleCaseRatio: < 0.6 }
                     && NextProse(blocks, roles, features, i, minProse)))
                continue;
            // A long line without a stop right under a headline, over a story that ends its sentences: the standfirst, though
            // its length makes it read as prose ("The harbour authority says the new crews will clear a backlog … within a month").
            if (standfirst is null && header.Length == 0 && !fromHtml && i > 0 && roles[i - 1] == Role.Unknown
                && features[i - 1] is { Words: >= 3 and <= 25, EndsWithSentencePunctuation: false }
                && features[i] is { Words: <= 45, EndsWithSentencePunctuation: false, HasInnerSentenceBreak: false }
                && NextUnknown(roles, i) is int below and > 0 && features[below].EndsWithSentencePunctuation && features[below].IsProse(minProse))
            {
                roles[i] = Role.Standfirst;
                standfirst = span.ToString();
                standfirstAt = i;
                continue;
            }
            // A line without a stop above the headline and its byline is a banner (a breaking-news strip, a weather alert), not
            // the story: under a "BREAKING" label even when it reads as sentences ("… until 6 p.m. Thursday"), else when it is
            // no prose. (A standfirst above a scoreline ends with its stop: "… in a thrilling quarter-final.")
            if (header.Length == 0 && !features[i].EndsWithSentencePunctuation && (i > 0 && ChromeLexicon.IsBreakingLabel(blocks[i - 1].Span) || !features[i].IsProse(minProse))
                && HeadlineFollows(blocks, roles, features, i))
            {
                roles[i] = Role.Chrome;
                continue;
            }
            // A headline written as sentences ("A town dimmed its streetlights. Its residents started sleeping longer."), with
            // its standfirst and then the byline under it: the title, not the story.
            if (title is null && standfirst is null && header.Length == 0 && !fromHtml && features[i].Words <= 20
                && NextUnknown(roles, i) is int next and > 0 && features[next] is { Words: <= 45 }
                && (features[next].IsProse(minProse) || features[next].Words >= 8 && !features[next].IsHeadlineLike)
                && BylineFollows(blocks, roles, features, next))
            {
                roles[i] = Role.Title;
                title = span.ToString();
                // (The line under it is its standfirst, with or without a stop.)
                if (!features[next].IsProse(minProse))
                {
                    roles[next] = Role.Standfirst;
                    standfirst = blocks[next].Span.ToString();
                    standfirstAt = next;
                }
                continue;
            }
            // A line without a stop right above the byline, with nothing headline-like above it, is the headline even when it
            // holds a stop inside ("Corvane's steel revival is real. Ashby's recovery is another matter" under "BUSINESS" /
            // "ANALYSIS"), not a standfirst.
            if (title is null && standfirst is null && header.Length == 0 && features[i].Words <= 25 && !features[i].EndsWithSentencePunctuation
                && !HeadlineAbove(roles, features, i) && BylineFollows(blocks, roles, features, i))
            {
                roles[i] = Role.Title;
                title = span.ToString();
                continue;
            }
            // The summary line under the headline, before the byline ("The vote ends a two-year search …" then "By Ellen
            // Marsh"): the standfirst, not the story's first paragraph.
            if (standfirst is null && header.Length == 0 && features[i].Words <= 45 && BylineFollows(blocks, roles, features, i))
            {
                roles[i] = Role.Standfirst;
                standfirst = span.ToString();
                standfirstAt = i;
                continue;
            }
            bodyStart = i;
        }
        if (bodyStart < 0)
        {
            // No prose at all (a one-line note, a fragment): keep whatever text is not furniture.
            for (int i = 0; i < n && bodyStart < 0; i++)
                if (roles[i] == Role.Unknown && (title is null || !SameText(blocks[i].Span, title) || n == 1)) bodyStart = i;
        }

        // Pass 4: the head of the page above the story: headline, byline lines, dates; the rest is chrome.
        int top = bodyStart < 0 ? n : bodyStart;
        // (The headline is above its standfirst.)
        title ??= FindTitle(blocks, roles, features, standfirstAt >= 0 ? standfirstAt : top) ?? page.FallbackTitle;
        var bareNames = new List<(int At, string Name)>();
        for (int i = 0; i < top; i++)
        {
            if (roles[i] != Role.Unknown) continue;
            var span = blocks[i].Span;
            if (title is not null && SameText(span, title)) roles[i] = Role.Title;
            else if (BylineParser.TryParseByLine(span, out var by))
            {
                roles[i] = Role.Byline;
                author ??= by.Author; source ??= by.Source; date ??= by.Date;
                // "By Jane Doe" then "The Riverside Sun" on the next line: the publisher.
                if (source is null && i + 1 < top && roles[i + 1] == Role.Unknown && features[i + 1] is { Words: >= 1 and <= 5, TitleCaseRatio: >= 0.99, EndsWithSentencePunctuation: false }
                    && !BylineParser.TryParseDate(blocks[i + 1].Span, out _))
                {
                    source = blocks[i + 1].Span.ToString();
                    roles[i + 1] = Role.Byline;
                }
            }
            else if (BylineParser.TryParseDate(span, out var d)) { roles[i] = Role.Byline; date ??= d; }
            else if (!fromHtml && standfirst is null && i > 0 && roles[i - 1] == Role.Title && features[i].Words is >= 8 and <= 45
                     && !ChromeLexicon.IsChrome(span, features[i]))
            {
                // A line of eight words or more right under the headline that no rule above took, with or without a byline
                // under it: its standfirst ("Founder Adaeze Nwosu says the money will take …"), as FindTitle reads it.
                roles[i] = Role.Standfirst;
                standfirst = span.ToString();
            }
            else
            {
                roles[i] = Role.Chrome;
                if (BareByline(blocks, features, i) is { } name) bareNames.Add((i, name));
            }
        }
        // A name alone on its line, with a date, a job or an agency under it ("Ritika Sharma" / "New Delhi"), when no line
        // says "By": the one under the headline, where bylines go, rather than a menu's or a weather strip's ("Partly
        // Cloudy" / "LOCAL NEWS") above it.
        if (author is null && bareNames.Count > 0)
        {
            int titleAt = Array.IndexOf(roles, Role.Title, 0, top);
            var (at, name) = bareNames.FirstOrDefault(b => b.At > titleAt, bareNames[0]);
            if (titleAt < 0 || at > titleAt)
            {
                roles[at] = Role.Byline;
                author = name;
            }
        }

        // Pass 5: where the story ends: the last prose before the page's after-story furniture.
        int limit = n;
        for (int i = top + 1; i < n; i++)
        {
            if (!(roles[i] is Role.Unknown or Role.Chrome && (ChromeLexicon.IsTrailerMarker(blocks[i].Span, features[i]) || OpensFootnotes(blocks, features, i, minProse)))) continue;
            // A comment count by the byline, just under the story's first lines ("comments (312)"), with the story after it.
            if (i - top <= 3 && ProseBlocksAfter(blocks, roles, features, i, minProse) >= 3)
            {
                roles[i] = Role.Chrome;
                continue;
            }
            // A box of related links inside the story ("Related Articles" and two headlines, then the story goes on): its
            // lines are chrome and the story continues. Only where two paragraphs of prose follow one another within a few
            // lines of it: teasers after the story alternate with their headlines.
            if ((ChromeLexicon.IsRelatedLinksMarker(blocks[i].Span) || ChromeLexicon.IsLinkListMarker(blocks[i].Span))
                && StoryResumesAfter(blocks, roles, features, i, minProse, top) is int resume and > 0)
            {
                // The sentences right before that pair are the story's too ("… cross. In the first three weeks, …" / "Council's
                // environment manager … said that was not unexpected."), back to the links' headlines or a photo's caption.
                while (resume - 1 > i && roles[resume - 1] == Role.Unknown
                       && features[resume - 1] is { Words: >= 10, EndsWithSentencePunctuation: true, IsHeadlineLike: false }) resume--;
                for (int k = i; k < resume; k++) if (roles[k] == Role.Unknown) roles[k] = Role.Chrome;
                i = resume - 1;
                continue;
            }
            // One labelled link set into the story ("RELATED: Millbrook parents push for …"): the story goes on when a paragraph
            // of prose follows it.
            if (ChromeLexicon.IsLabelledLink(blocks[i].Span) && i + 1 < blocks.Count && roles[i + 1] == Role.Unknown
                && features[i + 1] is { Words: >= 6, EndsWithSentencePunctuation: true, IsHeadlineLike: false })
            {
                roles[i] = Role.Chrome;
                continue;
            }
            limit = i;
            break;
        }
        int bodyEnd = -1;
        for (int i = limit - 1; i >= top && bodyEnd < 0; i--)
        {
            if (roles[i] != Role.Unknown) continue;
            var f = features[i];
            // The story ends with a sentence; short unpunctuated lines after it are links and labels.
            bool prose = f.IsProse(minProse) || (f.Words >= 4 && f.EndsWithSentencePunctuation && !f.IsHeadlineLike);
            if (prose || i == top) bodyEnd = i;
        }

        var timeline = TimelineEntries(blocks, features);

        // Pass 6: classify the story's blocks and build the text.
        var builder = new CleanedTextBuilder(input);
        bool afterArticleLink = false, wireHeaderDone = false;
        int lastBodyIndex = -1;
        var kept = new List<(SourceBlock Block, ParagraphKind Kind)>();
        for (int i = top; i <= bodyEnd; i++)
        {
            var block = blocks[i];
            var span = block.Span;
            var f = features[i];
            bool followsLink = afterArticleLink;
            afterArticleLink = false;
            if (roles[i] != Role.Unknown)
            {
                afterArticleLink = roles[i] == Role.Chrome && ChromeLexicon.IsArticleNavigation(span);
                continue;
            }
            if (followsLink || (title is not null && SameText(span, title))) continue;
            if (block.Hint != BlockHint.ListItem && f.Words <= 12 && BylineParser.TryParseByLine(span, out var by))
            {
                author ??= by.Author; source ??= by.Source; date ??= by.Date;
                continue;
            }
            // "Updated: 6:20 PM CST March 3, 2025" between the standfirst and the story, or under a wire header.
            if (block.Hint != BlockHint.ListItem && kept.Count == 0 && BylineParser.TryParseDate(span, out var when))
            {
                date ??= when;
                continue;
            }

            if (!wireHeaderDone && block.Hint == BlockHint.None)
            {
                wireHeaderDone = true;
                var header = WireHeader.Parse(span);
                if (header.Length > 0)
                {
                    Merge(header, ref author, ref source, ref dateline, ref date);
                    block = AlignToInput(input, block.SkipStart(header.Length));
                    span = block.Span;
                    f = LineFeatures.Of(span);
                    if (span.IsEmpty) continue;
                }
            }

            ParagraphKind kind;
            if (block.Hint == BlockHint.ListItem || timeline[i]) kind = ParagraphKind.ListItem;
            else if (block.Hint == BlockHint.Heading || (f.IsHeadlineLike && !f.HasInnerSentenceBreak) || IsSentenceCaseSubheading(blocks, roles, features, i, minProse, kept.Count))
                kind = ParagraphKind.Heading;
            else if (f.Words <= 3 && !f.EndsWithSentencePunctuation && kept.Count > 0) continue; // stray label or link
            else kind = ParagraphKind.Body;
            if (kind == ParagraphKind.Body) lastBodyIndex = kept.Count;
            kept.Add((block, kind));
        }

        RemovePullQuotes(kept);

        // A closing note about the writer ("Jane Doe covers city hall. Contact her at …") is byline, not story; so is the
        // job title over it ("Senior Security Reporter"): no story ends with a heading.
        while (kept.Count > 1 && (author is not null && IsAuthorNote(kept[^1].Block.Span, author) || IsUnnamedAuthorNote(kept[^1].Block.Span)
                   || kept[^1].Kind == ParagraphKind.Heading))
            kept.RemoveAt(kept.Count - 1);
        if (lastBodyIndex >= kept.Count) lastBodyIndex = kept.FindLastIndex(k => k.Kind == ParagraphKind.Body);

        // Furniture glued to the end of the last paragraph ("E-mail to a friend .", copyright lines).
        if (lastBodyIndex >= 0 && lastBodyIndex == kept.Count - 1)
        {
            var (block, kind) = kept[lastBodyIndex];
            int length = TrailingChrome.BodyLength(block.Span);
            if (length == 0) kept.RemoveAt(lastBodyIndex);
            else kept[lastBodyIndex] = (block.Truncate(length), kind);
        }
        foreach (var (block, kind) in kept) builder.Add(block, kind);
        foreach (var block in captionBlocks) builder.Add(block, ParagraphKind.Caption);

        var (text, paragraphs, map) = builder.Build();
        return new CleanedArticle(input, text, map, title, new Byline(author, source, dateline, date), paragraphs,
            captions.ToArray(), summaryHeading, quickLooks.ToArray()) with { Standfirst = standfirst };
    }

    // A sentence-case line without a stop, as a bullet written as a fragment is ("Researchers say the findings could change …").
    // A fragment that ends with a clock time ("… until 8 p.m.") has no stop of its own.
    private static LineFeatures WithoutClockStop(ReadOnlySpan<char> line, in LineFeatures features) =>
        line.EndsWith(" a.m.", StringComparison.Ordinal) || line.EndsWith(" p.m.", StringComparison.Ordinal) ? LineFeatures.Of(line[..^1]) : features;

    private static bool IsBulletFragment(in LineFeatures f) => f.Words is >= 5 and <= 30 && !f.EndsWithSentencePunctuation && !f.HasInnerSentenceBreak && !f.IsHeadlineLike;

    // A short line without a stop between two paragraphs of the story ("A backlog years in the making"): a subheading
    // written in sentence case; not a question an interviewer asks in bold (an HTML Q&A's).
    private static bool IsSentenceCaseSubheading(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int i, int minProse, int keptBefore)
    {
        var f = features[i];
        if (keptBefore == 0 || blocks[i].IsBoldQuestion || f.Words is < 2 or > 10 || f.EndsWithSentencePunctuation && !f.EndsWithQuestionMark || f.HasInnerSentenceBreak) return false;
        if (blocks[i].Span[^1] is ',' or ';' or ':' or '-') return false;
        return NextProse(blocks, roles, features, i, minProse);
    }

    // The next block that is not furniture is prose.
    private static bool NextProse(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int i, int minProse)
    {
        for (int k = i + 1; k < blocks.Count; k++)
            if (roles[k] == Role.Unknown) return blocks[k].Hint == BlockHint.None && features[k].IsProse(minProse) && features[k].Words >= 12;
        return false;
    }

    // One short sentence on its own line, as an unmarked bullet is.
    // (An inner break may be an abbreviation's: "around 11 p.m. Friday.")
    private static bool IsBulletSentence(in LineFeatures f) => f.Words is >= 4 and <= 30 && f.EndsWithSentencePunctuation && (!f.HasInnerSentenceBreak || f.Words <= 25);

    /// <summary>
    /// In copied text, the headlines listed under "READ MORE:", "Related:" or "Also read" on the lines right after it (no
    /// blank line between) are links, not the story's subheadings or paragraphs: lines without a final stop, of at most 20
    /// words. Likewise the lines of an alert strip under its label ("WEATHER ALERT").
    /// </summary>
    private static void LinkLists(string input, List<SourceBlock> blocks, LineFeatures[] features, Role[] roles)
    {
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            bool marker = ChromeLexicon.IsLinkListMarker(blocks[i].Span);
            if (roles[i] is Role.Unknown && (marker || ChromeLexicon.IsAlertLabel(blocks[i].Span))) roles[i] = Role.Chrome;
            if (roles[i] != Role.Chrome) continue;
            // ("RELATED: Millbrook parents push for …" names its one link itself: the lines under it are the story's.)
            if (marker && !ChromeLexicon.IsLabelledLink(blocks[i].Span))
            {
                // (A headline may have a stop: "Discount grocers are winning the Midwest. Here's how." A "Most read" box numbers them.)
                int j = i + 1;
                // (Never the page's own headline, which a byline follows.) The run may start a blank line under the marker
                // ("Related News" / "" / three headlines), or under one that ends with a colon, be that one headline ("Read
                // more:" / "" / a headline); a single line a blank line under a marker alone is left to the loop below.
                for (; j < blocks.Count && roles[j] is Role.Unknown or Role.Caption or Role.Chrome
                     && (IsListMark(blocks[j].Span) || (j == i + 1 || !BlankLineBetween(input, blocks[j - 1], blocks[j]))
                         && features[j] is { Words: >= 2 and <= 20 } && (!features[j].EndsWithSentencePunctuation || features[j].Words <= 15))
                     && !BylineWithin(blocks, features, j, 2); j++) { }
                if (j == i + 2 && BlankLineBetween(input, blocks[i], blocks[i + 1]) && !blocks[i].Span.TrimEnd().EndsWith(':') && !IsListMark(blocks[i + 1].Span))
                    j = i + 1;
                for (int k = i + 1; k < j; k++) roles[k] = Role.Chrome;
                // Pasted with a blank line after every line, under a marker on its own ("Trending", not "Related: <headline>"):
                // headlines without a stop, up to the page's own kicker (a line in capitals), byline or headline (a byline
                // follows it).
                if (j == i + 1 && features[i].Words <= 6 && blocks[i].Span.IndexOf(':') < 0)
                    for (; j < blocks.Count && j <= i + 8 && roles[j] is Role.Unknown && features[j] is { Words: >= 3 and <= 16, AllUpperCase: false }
                         && (!features[j].EndsWithSentencePunctuation || features[j].EndsWithQuestionMark)
                         && BlankLineBetween(input, blocks[j - 1], blocks[j]) && !BylineWithin(blocks, features, j, 2); j++)
                        roles[j] = Role.Chrome;
            }
            // "WEATHER ALERT" and the warning under it, in sentences: a strip across the page, not the story. ("BREAKING" over a
            // headline, which has no stop, is its kicker.)
            else if (ChromeLexicon.IsAlertLabel(blocks[i].Span))
                for (int j = i + 1; j < blocks.Count && j <= i + 3 && roles[j] is Role.Unknown && !BlankLineBetween(input, blocks[j - 1], blocks[j])
                     && features[j] is { Words: <= 40, EndsWithSentencePunctuation: true }; j++)
                    roles[j] = Role.Chrome;
        }
    }

    // "▶ Highlights: Harwick Rovers 2-1 Eastfield (available from 22:30 GMT)": a play button's label, which the reader took
    // for a bullet; a list's items are sentences or end the line without such a label.
    private static bool IsPlayButton(in SourceBlock block, in LineFeatures features)
    {
        if (block.Hint != BlockHint.ListItem || features.Words > 25 || features.EndsWithSentencePunctuation) return false;
        var source = block.Source;
        int k = block.Start - 1;
        while (k >= 0 && source[k] is ' ' or '\t' or '\u00A0') k--;
        return k >= 0 && source[k] is '\u25B6' or '\u25BA';
    }

    // A byline on the line or one of the next few: the line is the story's headline or standfirst (or the byline itself).
    private static bool BylineWithin(List<SourceBlock> blocks, LineFeatures[] features, int i, int lines)
    {
        for (int k = i; k < blocks.Count && k <= i + lines; k++)
            if (features[k].Words <= 12 && BylineParser.TryParseByLine(blocks[k].Span, out _)) return true;
        return false;
    }

    // "SAFE AND SOUND Derek was stretchered off the moor": a kicker in capitals, then the caption's words.
    private static bool TabloidCaption(ReadOnlySpan<char> line, in LineFeatures features)
    {
        int space = line.IndexOf(' ');
        return features.Words >= 6 && !features.AllUpperCase && space >= 3 && line[..space].IndexOfAnyExceptInRange('A', 'Z') < 0;
    }

    // Paragraphs of prose among the six blocks after block i.
    private static int ProseBlocksAfter(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int i, int minProse)
    {
        int prose = 0;
        for (int k = i + 1; k < blocks.Count && k <= i + 6; k++)
            if (roles[k] == Role.Unknown && features[k].IsProse(minProse) && features[k].EndsWithSentencePunctuation) prose++;
        return prose;
    }

    // "1", "2" … numbering the headlines of a "Most read" box, or "6:41 PM" / "11:32 a.m." timing those of an "Updates" one.
    private static bool IsListMark(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is 1 or 2 && line.IndexOfAnyExceptInRange('0', '9') < 0) return true;
        if (line.EndsWith(" AM", StringComparison.OrdinalIgnoreCase) || line.EndsWith(" PM", StringComparison.OrdinalIgnoreCase)) line = line[..^3];
        else if (line.EndsWith(" a.m.", StringComparison.Ordinal) || line.EndsWith(" p.m.", StringComparison.Ordinal)) line = line[..^5];
        int colon = line.IndexOf(':');
        return colon is 1 or 2 && line.Length == colon + 3 && line.IndexOfAnyExcept("0123456789:") < 0;
    }

    /// <summary>
    /// A fact check's boxes above its story: "CLAIM" over the claim it quotes, and "Our rating" over the rating and its
    /// scale ("FALSE" / "True" / "Mostly true" …), short lines all. The story's own "Our ruling" section is prose, and stays.
    /// </summary>
    private static void FactCheckBoxes(List<SourceBlock> blocks, LineFeatures[] features, Role[] roles)
    {
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (roles[i] != Role.Unknown && roles[i] != Role.Chrome) continue;
            if (ChromeLexicon.IsClaimLabel(blocks[i].Span) && features[i + 1].Words <= 60 && roles[i + 1] == Role.Unknown)
            {
                roles[i] = roles[i + 1] = Role.Chrome;
                i++;
            }
            else if (ChromeLexicon.IsRatingLabel(blocks[i].Span))
            {
                roles[i] = Role.Chrome;
                for (int k = i + 1; k < blocks.Count && k <= i + 8 && roles[k] is Role.Unknown or Role.Chrome
                     && features[k] is { Words: <= 3, EndsWithSentencePunctuation: false }; k++)
                    roles[k] = Role.Chrome;
            }
        }
    }

    /// <summary>
    /// In copied text, a sign-up box (or a reader poll or boxed fact check under its label) comes as a run of short lines
    /// with no blank line between them ("Get the biggest stories … straight to your inbox" / "Enter email" / "Sign up" /
    /// "See our privacy notice"): when two of three to eight such lines of at most 25 words are chrome, one of them a
    /// sign-up prompt or the label, the whole run is (a byline's run of share buttons keeps its byline).
    /// </summary>
    private static void PromptBlocks(string input, List<SourceBlock> blocks, LineFeatures[] features, Role[] roles)
    {
        int start = 0;
        for (int i = 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && !BlankLineBetween(input, blocks[i - 1], blocks[i])) continue;
            // blocks[start..i) is a run of lines without a blank line between them.
            int chrome = 0;
            // (A box, three to eight lines; not a page's whole head run together with its menu's "Subscribe".)
            bool short_ = i - start is >= 3 and <= 8, prompt = false;
            for (int k = start; k < i && short_; k++)
            {
                short_ = features[k].Words <= 25 && roles[k] is Role.Unknown or Role.Chrome && !BylineParser.TryParseByLine(blocks[k].Span, out _);
                bool label = k == start && ChromeLexicon.IsWidgetLabel(blocks[k].Span);
                if (roles[k] == Role.Chrome || label) chrome++;
                prompt |= label || ChromeLexicon.IsSignUpPrompt(blocks[k].Span);
            }
            if (short_ && prompt && chrome >= 2)
                for (int k = start; k < i; k++) roles[k] = Role.Chrome;
            // A market-data widget: a run of short lines, half of them or more figures ("KNXA" / "Kinexa Systems Corp." /
            // "$41.20" / "-3.20%").
            else if (i - start >= 4 && DataRun(blocks, features, roles, start, i))
                for (int k = start; k < i; k++) roles[k] = Role.Chrome;
            start = i;
        }
        // Pasted with blank lines between: a short paragraph between two lines of a sign-up box is its pitch or its privacy
        // note ("Free weekly newsletter" / "Our writers' take on the weekend's football …" / "Enter your email address"), or
        // the newsletter's name ("Newsletter" / "The Sentinel Daily" / "Get the day's top stories … in your inbox").
        for (int i = 1; i + 1 < blocks.Count; i++)
            if (roles[i] == Role.Unknown && blocks[i].Hint == BlockHint.None
                && features[i] is { Words: <= 40, EndsWithSentencePunctuation: true } or { Words: <= 6, EndsWithSentencePunctuation: false, TitleCaseRatio: >= 0.99 }
                && roles[i - 1] == Role.Chrome && ChromeLexicon.IsSignUpPrompt(blocks[i - 1].Span)
                && roles[i + 1] == Role.Chrome && ChromeLexicon.IsSignUpPrompt(blocks[i + 1].Span))
                roles[i] = Role.Chrome;
        // A forecast widget: temperature lines ("34° / 27°", "29°") with the day and the outlook on the lines beside them
        // ("Wed" / "36° / 24°" / "Ice early, then rain").
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!IsTemperatureLine(blocks[i].Span, features[i])) continue;
            roles[i] = Role.Chrome;
            if (i > 0 && !BlankLineBetween(input, blocks[i - 1], blocks[i]) && features[i - 1] is { Words: <= 6, EndsWithSentencePunctuation: false })
                roles[i - 1] = Role.Chrome;
            for (int k = i + 1; k < blocks.Count && k <= i + 2 && !BlankLineBetween(input, blocks[k - 1], blocks[k]) && features[k] is { Words: <= 6, EndsWithSentencePunctuation: false }; k++)
                roles[k] = Role.Chrome;
        }
        // An advertisement pasted between its two labels ("Advertisement" / "Winter Savings Event" / "Harvest Home Appliances"
        // / "Save up to 30% …" / "Shop now" / "Advertisement"): short lines, all of them the ad's.
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!ChromeLexicon.IsAdLabel(blocks[i].Span)) continue;
            int end = i + 1;
            while (end < blocks.Count && end <= i + 7 && !ChromeLexicon.IsAdLabel(blocks[end].Span) && features[end].Words <= 30) end++;
            if (end == i + 1 || end >= blocks.Count || end > i + 7 || !ChromeLexicon.IsAdLabel(blocks[end].Span)) continue;
            for (int k = i; k <= end; k++) roles[k] = Role.Chrome;
            i = end;
        }
        VideoPlayers(blocks, features, roles);
    }

    /// <summary>
    /// An embedded video player copied with the story: its running time alone on a line ("2:14") under "VIDEO" or shown
    /// twice, then the video's title and its show's name, short lines without a stop ("Why packaged food stocks are
    /// struggling" / "Morning Call").
    /// </summary>
    private static void VideoPlayers(List<SourceBlock> blocks, LineFeatures[] features, Role[] roles)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            // An audio clip's title over its player ("DOC's Hamish Te Rangi spoke to Morning Edition" / "Listen duration 5′ 31″").
            if (i > 0 && ChromeLexicon.FoldedStartsWith(blocks[i].Span.Trim(), "listen duration") && roles[i - 1] == Role.Unknown
                && features[i - 1] is { Words: <= 12, EndsWithSentencePunctuation: false })
                roles[i - 1] = Role.Chrome;
            if (!IsRunningTime(blocks[i].Span.Trim())) continue;
            int k = i + 1;
            while (k < blocks.Count && IsRunningTime(blocks[k].Span.Trim())) k++;
            // (Under "VIDEO", or shown twice as players do: a live blog's "10:30" alone heads an entry.)
            var label = i > 0 ? ChromeLexicon.TrimDecorations(blocks[i - 1].Span) : default;
            if (k - i < 2 && !(ChromeLexicon.FoldedEquals(label, "video") || ChromeLexicon.FoldedEquals(label, "watch"))) continue;
            for (int t = i; t < k; t++) roles[t] = Role.Chrome;
            for (int end = Math.Min(blocks.Count, k + 2); k < end && roles[k] is Role.Unknown or Role.Chrome
                 && features[k].Words is >= 1 and <= 10 && !features[k].EndsWithSentencePunctuation && blocks[k].Hint == BlockHint.None; k++)
                roles[k] = Role.Chrome;
            i = k - 1;
        }
    }

    // "34° / 27°", "29°", "Feels like 21°": a short line of temperatures.
    private static bool IsTemperatureLine(ReadOnlySpan<char> line, in LineFeatures features) =>
        features.Words <= 4 && line.Contains('\u00b0') && line.IndexOfAnyInRange('0', '9') >= 0;

    // "2:14", "02:14", "1:02:30": minutes and seconds, nothing else.
    private static bool IsRunningTime(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 8) return false;
        int colon = line.IndexOf(':');
        if (colon is < 1 or > 2 || line.IndexOfAnyExcept("0123456789:") >= 0) return false;
        var rest = line[(colon + 1)..];
        return rest.Length == 2 || rest.Length == 5 && rest[2] == ':';
    }

    private static bool DataRun(List<SourceBlock> blocks, LineFeatures[] features, Role[] roles, int start, int end)
    {
        int figures = 0;
        for (int k = start; k < end; k++)
        {
            if (features[k].Words > 6 || roles[k] is not (Role.Unknown or Role.Chrome)) return false;
            var line = blocks[k].Span.Trim();
            if (line.IndexOfAnyExcept("0123456789.,$%+-\u2212()\u00A3\u20AC ") < 0 || line.Length <= 6 && line.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") < 0)
                figures++;
        }
        return figures * 2 >= end - start;
    }

    // A blank line between two blocks of the input (blocks read from HTML are never separated this way).
    private static bool BlankLineBetween(string input, SourceBlock before, SourceBlock after)
    {
        if (!ReferenceEquals(before.Source, input) || !ReferenceEquals(after.Source, input) || after.Start < before.End) return true;
        int breaks = 0;
        foreach (char c in input.AsSpan(before.End, after.Start - before.End)) if (c == '\n' && ++breaks == 2) return true;
        return false;
    }

    /// <summary>
    /// A photo's caption on the line right above its credit ("Crews repair the main on Tuesday." then "Image: Harlow County
    /// Water Authority"), or right below one ("Image source, Lumatek" then "The Inkwell C2 in its cover."): a caption too,
    /// kept next to its credit in <paramref name="captions"/>.
    /// </summary>
    private static void CaptionsBesideCredits(string input, List<SourceBlock> blocks, LineFeatures[] features, Role[] roles,
        List<string> captions, List<SourceBlock> captionBlocks)
    {
        int n = blocks.Count;
        for (int i = 1; i < n; i++)
            if (roles[i] == Role.Unknown && roles[i - 1] == Role.Caption && blocks[i].Hint == BlockHint.None && features[i].Words <= 20
                && features[i].EndsWithSentencePunctuation && !features[i].HasInnerSentenceBreak && CaptionDetector.IsCreditLine(blocks[i - 1].Span)
                && !BlankLineBetween(input, blocks[i - 1], blocks[i]) && (i + 1 >= n || BlankLineBetween(input, blocks[i], blocks[i + 1])))
                AddCaption(i, blocks[i - 1], after: true);
        for (int i = 0; i + 1 < n; i++)
            // (A blank line may part them when the caption is short: a body paragraph that short rarely comes before a credit.
            // Right above it, a tabloid's caption needs no stop: "SAFE AND SOUND Derek was stretchered off the moor" /
            // "Credit: …"; a headline above a picture's credit keeps its place.)
            if (roles[i] == Role.Unknown && roles[i + 1] == Role.Caption && blocks[i].Hint == BlockHint.None && features[i].Words <= 30
                && (features[i].EndsWithSentencePunctuation || TabloidCaption(blocks[i].Span, features[i]) && !BlankLineBetween(input, blocks[i], blocks[i + 1]))
                && CaptionDetector.IsCreditLine(blocks[i + 1].Span)
                // (Not when the credit's own caption follows it: "Image source, …" / "Image caption, …".)
                && !(i + 2 < n && CaptionDetector.IsLabelledCaption(blocks[i + 2].Span))
                && (features[i].Words <= 15 || !BlankLineBetween(input, blocks[i], blocks[i + 1]))
                // (Two sentences only right above the credit: "… boarded up on Tuesday. The last tenant left in 2019.")
                && (!features[i].HasInnerSentenceBreak || features[i].Words <= 20 || !BlankLineBetween(input, blocks[i], blocks[i + 1])))
                AddCaption(i, blocks[i + 1], after: false);

        // "Open this photo in gallery:" / "Enlarge this image": the line after it is the photo's caption.
        for (int i = 0; i + 1 < n; i++)
            if (roles[i] == Role.Chrome && roles[i + 1] == Role.Unknown && blocks[i + 1].Hint == BlockHint.None && features[i + 1].Words <= 60
                && ChromeLexicon.IsPhotoPrompt(blocks[i].Span))
                AddCaption(i + 1, blocks[i], after: true);

        void AddCaption(int i, SourceBlock credit, bool after)
        {
            roles[i] = Role.Caption;
            int at = captionBlocks.IndexOf(credit);
            int insert = at < 0 ? captions.Count : after ? at + 1 : at;
            captions.Insert(insert, blocks[i].Span.ToString());
            captionBlocks.Insert(insert, blocks[i]);
        }
    }

    /// <summary>
    /// A bulleted list between the headline and the story with no heading of its own (a press release's highlights): the
    /// article's own summary too. The first run of two or more list items before the first long paragraph.
    /// </summary>
    private static void HeadlessSummaryBlock(List<SourceBlock> blocks, LineFeatures[] features, Role[] roles, int minProse, List<QuickLook> quickLooks)
    {
        int n = blocks.Count, firstProse = -1;
        for (int i = 0; i < n && firstProse < 0; i++)
            if (roles[i] == Role.Unknown && blocks[i].Hint == BlockHint.None && features[i].IsProse(minProse) && features[i].Words >= 20) firstProse = i;
        int runStart = -1;
        for (int i = 0; i < firstProse; i++)
        {
            bool item = roles[i] == Role.Unknown && blocks[i].Hint == BlockHint.ListItem && features[i].Words >= 4;
            if (item)
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && i - runStart >= 2)
            {
                for (int k = runStart; k < i; k++) { roles[k] = Role.SummaryItem; quickLooks.Add(QuickLookParser.Parse(blocks[k].Span)); }
                return;
            }
            runStart = -1;
        }
    }

    /// <summary>
    /// A pull quote: a short paragraph in quotation marks that repeats words the story says in full in a longer paragraph
    /// within the next or previous few ("“We spent the 20th century hiding water.”"). Only the longer paragraph is the
    /// story's. (A bounded search: a huge article stays linear.)
    /// </summary>
    private static void RemovePullQuotes(List<(SourceBlock Block, ParagraphKind Kind)> kept)
    {
        const int Reach = 12;
        for (int k = kept.Count - 1; k >= 0; k--)
        {
            if (kept[k].Kind != ParagraphKind.Body) continue;
            var whole = kept[k].Block.Span.Trim();
            if (whole.Length < 32 || whole[0] is not ('"' or '\u201C' or '\u2018' or '\'')) continue;
            var quote = whole.Trim("\"\u201C\u201D\u2018\u2019'").Trim();
            if (LineFeatures.Of(quote).Words > 40) continue;
            for (int other = Math.Max(0, k - Reach); other < kept.Count && other <= k + Reach; other++)
                if (other != k && kept[other].Kind == ParagraphKind.Body && kept[other].Block.Span.Length > quote.Length + 10
                    && (kept[other].Block.Span.Contains(quote, StringComparison.OrdinalIgnoreCase) || QuotesPiecewise(quote, kept[other].Block.Span)))
                {
                    kept.RemoveAt(k);
                    break;
                }
        }
    }

    // A pull quote that joins pieces of what the paragraph quotes ("They had it all worked out. They just forgot to ask us."
    // of "“They had it all worked out,” she told me. “They just forgot to ask us.”"): pieces between stops and commas, those
    // of three words or more all in the paragraph; two of them, or one of six words or more.
    private static bool QuotesPiecewise(ReadOnlySpan<char> quote, ReadOnlySpan<char> paragraph)
    {
        int pieces = 0, words = 0;
        foreach (var range in quote.SplitAny(".,;:!?"))
        {
            var piece = quote[range].Trim();
            // (A piece of one or two words, "It isn't.", may open the next paragraph: it neither counts nor fails.)
            if (piece.Count(' ') < 2) continue;
            // (Either case: the pull quote opens with a capital what the story says mid-sentence, "But every entry is …".)
            if (!paragraph.Contains(piece, StringComparison.OrdinalIgnoreCase)) return false;
            pieces++;
            words += piece.Count(' ') + 1;
        }
        // (One piece is enough when it is a sentence's worth: "You stop thinking in days and start thinking in crossings.")
        return pieces >= 2 || pieces == 1 && words >= 6;
    }

    // A timeline set into the story: three or more blocks in a row that open with a date and a colon ("June 14, 2022: City
    // Council approves …", "Nov. 2, 2022: …"), its entries rather than paragraphs.
    private static bool[] TimelineEntries(List<SourceBlock> blocks, LineFeatures[] features)
    {
        var entry = new bool[blocks.Count];
        int run = 0;
        for (int i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && features[i].Words <= 60 && OpensWithDate(blocks[i].Span)) { run++; continue; }
            if (run >= 3) entry.AsSpan(i - run, run).Fill(true);
            run = 0;
        }
        return entry;
    }

    private static bool OpensWithDate(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon is >= 4 and <= 24 && BylineParser.TryParseDate(line[..colon], out _) && line.Length > colon + 2;
    }

    // The story's notes after its last paragraph: "1" alone on its line, then the note ("The report identifies …").
    private static bool OpensFootnotes(List<SourceBlock> blocks, LineFeatures[] features, int i, int minProse) =>
        blocks[i].Span.Trim() is "1" && i + 1 < blocks.Count && i > 0 && features[i - 1].IsProse(minProse)
        && (features[i + 1].IsProse(minProse) || features[i + 1] is { Words: >= 4, EndsWithSentencePunctuation: true });

    // A line of three words or more, not yet judged, among the few above: the headline over a standfirst.
    private static bool HeadlineAbove(Role[] roles, LineFeatures[] features, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--)
            if (roles[j] == Role.Unknown && features[j].Words >= 3) return true;
        return false;
    }

    // The next block after i that no earlier pass has claimed, or -1.
    private static int NextUnknown(Role[] roles, int i)
    {
        for (int k = i + 1; k < roles.Length; k++)
            if (roles[k] == Role.Unknown) return k;
        return -1;
    }

    /// <summary>True when a byline or a date line follows block <paramref name="i"/> within four blocks, with no prose between.</summary>
    private static bool BylineFollows(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int i)
    {
        for (int k = i + 1; k < blocks.Count && k <= i + 4; k++)
        {
            var span = blocks[k].Span;
            if (roles[k] == Role.Chrome) continue;   // a widget's lines ("Halvera Robotics Inc." / "$48.12") are no byline
            if (features[k].Words <= 12 && BylineParser.TryParseByLine(span, out _) || features[k].Words <= 20 && BylineParser.TryParseDate(span, out _)
                || roles[k] == Role.Unknown && BareByline(blocks, features, k) is not null && DateWithin(blocks, k + 1, 3)) return true;
            if (roles[k] == Role.Unknown && features[k].IsProse(MinProseWordsText)) return false;
        }
        return false;
    }

    // A headline (five words or more, no stop) within the next three lines, with its byline under it.
    private static bool HeadlineFollows(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int i)
    {
        for (int k = i + 1; k < blocks.Count && k <= i + 3; k++)
        {
            if (roles[k] != Role.Unknown) continue;
            // (The byline or the date itself: the line is right above them, a standfirst.)
            if (BylineParser.TryParseByLine(blocks[k].Span, out _) || BylineParser.TryParseDate(blocks[k].Span, out _)) return false;
            if (features[k] is { Words: >= 5 and <= 25, EndsWithSentencePunctuation: false } && blocks[k].Hint == BlockHint.None)
                return BylineFollows(blocks, roles, features, k);
            if (features[k].Words >= 5) return false;
        }
        return false;
    }

    /// <summary>
    /// Where the story resumes after the related-links box at <paramref name="marker"/>: the first of two consecutive
    /// prose blocks within six blocks that share at least two words of five letters or more with the story above
    /// (a market-data notice or a sign-up prompt after the last box shares none), or -1.
    /// </summary>
    private static int StoryResumesAfter(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int marker, int minProse, int top)
    {
        const int Reach = 6;
        bool Prose(int k) => k < blocks.Count && roles[k] == Role.Unknown && features[k].Words >= 12 && features[k].EndsWithSentencePunctuation
            && features[k].IsProse(minProse) && blocks[k].Hint == BlockHint.None;
        // (Lines already known as chrome do not count: a numbered "Most read" box runs to ten, a video player sits between
        // paragraphs. Forty lines at most, so a page of markers stays linear.)
        int end = Math.Min(blocks.Count, marker + 40);
        for (int k = marker + 1, seen = 0; seen < Reach && k < end; k++)
        {
            if (roles[k] == Role.Chrome) continue;
            seen++;
            int next = k + 1;
            // (A subheading may come between: "… still carrying debt." / "Calls for fee relief" / "The Irrigators' Association …".)
            while (next < end && (roles[next] == Role.Chrome || roles[next] == Role.Unknown && next == k + 1 && Prose(k)
                   && features[next] is { Words: <= 8, EndsWithSentencePunctuation: false })) next++;
            if (!(Prose(k) && Prose(next))) continue;
            var story = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int b = top; b < marker; b++) if (roles[b] == Role.Unknown) AddLongWords(blocks[b].Span, story);
            var after = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            AddLongWords(blocks[k].Span, after);
            AddLongWords(blocks[next].Span, after);
            after.IntersectWith(story);
            return after.Count >= 2 ? k : -1;
        }
        return -1;

        static void AddLongWords(ReadOnlySpan<char> text, HashSet<string> into)
        {
            int start = -1;
            for (int c = 0; c <= text.Length; c++)
            {
                bool letter = c < text.Length && char.IsLetter(text[c]);
                if (letter && start < 0) start = c;
                else if (!letter && start >= 0)
                {
                    if (c - start >= 5) into.Add(text[start..c].ToString());
                    start = -1;
                }
            }
        }
    }

    /// <summary>
    /// The writer's name when block <paramref name="i"/> is a name alone on its line with a date, a job or an agency under
    /// it ("Ritika Sharma" / "Updated: Jul 24, 2025"), or with the city or publication it came from and then the date
    /// ("Priya Raman and Marcus Ebbeson" / "Halden Courier-Post" / "Published 6:15 a.m. …"); else null.
    /// </summary>
    private static string? BareByline(List<SourceBlock> blocks, LineFeatures[] features, int i)
    {
        int n = blocks.Count;
        var span = blocks[i].Span;
        // ("News provided by" / "Aerion Grid Systems" / "09 Mar, 2026": a press release's issuer, not its writer.)
        if (i > 0 && ChromeLexicon.FoldedEndsWith(blocks[i - 1].Span.TrimEnd(), "provided by")) return null;
        if (i + 1 < n && BylineParser.TryParseBareName(span, blocks[i + 1].Span, out var name)) return name;
        // "Eleanor Pryce Education correspondent" / "Tue 14 May 2024 06.00 BST".
        if (i + 1 < n && BylineParser.TryParseNameThenJob(span, out name) && BylineParser.TryParseDate(blocks[i + 1].Span, out _)) return name;
        // "Callum Reid" / "Chief Football Writer" / ("at Harrow Lane") / "Sat 8 Mar 2025 19.47 GMT": a job, perhaps where the
        // writer was, then the date.
        for (int gap = 1; gap <= 2 && i + gap + 1 < n; gap++)
        {
            var between = features[i + gap];
            if (between is not { Words: >= 1 and <= 3, EndsWithSentencePunctuation: false } || blocks[i + gap].Span.IndexOfAny("0123456789") >= 0
                || between.TitleCaseRatio < (gap == 1 ? 0.99 : 0.6)) return null;
            if (BylineParser.TryParseDate(blocks[i + gap + 1].Span, out _) && BylineParser.TryParseBareName(span, blocks[i + gap + 1].Span, out name))
                return name;
        }
        return null;
    }

    // A date line among the count blocks from the given one.
    private static bool DateWithin(List<SourceBlock> blocks, int from, int count)
    {
        for (int k = from; k < blocks.Count && k < from + count; k++)
            if (BylineParser.TryParseDate(blocks[k].Span, out _)) return true;
        return false;
    }

    /// <summary>
    /// The headline among the blocks above <paramref name="top"/>: the line the page repeats (as the seed article's title
    /// bar and heading do); otherwise the last headline-like line above the byline, since the site's name and menus come
    /// before it ("The Millbrook Courier", "World") and dates, scores and captions after the byline. The line right after
    /// a headline is its standfirst, with or without a stop ("Biscuit the spaniel was spotted …"). A line of fewer than
    /// five words only when no longer one is there, and a site's name in capitals last of all.
    /// </summary>
    private static string? FindTitle(List<SourceBlock> blocks, Role[] roles, LineFeatures[] features, int top)
    {
        int scan = Math.Min(top, TopRegionScanLimit);
        // (The headline is above the byline, "By Jane Doe" or a name alone with its date a line or two under it.)
        for (int i = 1; i < scan; i++)
            if (features[i].Words <= 12 && BylineParser.TryParseByLine(blocks[i].Span, out _)
                || roles[i] == Role.Unknown && BareByline(blocks, features, i) is not null && DateWithin(blocks, i + 1, 3))
            {
                scan = i;
                break;
            }
        string? last = null, lastShort = null, lastShortCaps = null, repeatedShort = null;
        int lastAt = -2;
        for (int i = 0; i < scan; i++)
        {
            if (roles[i] != Role.Unknown || blocks[i].Hint == BlockHint.ListItem || features[i].Words < 3 || features[i].Words > 25) continue;
            var span = blocks[i].Span;
            if (features[i].EndsWithSentencePunctuation && !features[i].EndsWithQuestionMark) continue;
            if (BylineParser.TryParseByLine(span, out _) || BylineParser.TryParseDate(span, out _)) continue;
            // A line written twice (the headline and a share box's copy of it); a short one may be the site's or the
            // newsletter's name ("The Back Bench"), so a longer one written twice below it wins.
            bool repeated = false;
            for (int j = i + 1; j < scan && !repeated; j++) repeated = SameText(span, blocks[j].Span);
            if (repeated && features[i].Words >= 5) return span.ToString();
            if (repeated) { repeatedShort ??= span.ToString(); continue; }
            // "BREAKING" / "Flood watch in effect until 6 p.m." / the headline: the banner's text, when a headline follows it.
            if (i > 0 && ChromeLexicon.IsBreakingLabel(blocks[i - 1].Span) && i + 1 < scan && roles[i + 1] == Role.Unknown
                && features[i + 1] is { Words: >= 5 and <= 25, EndsWithSentencePunctuation: false }) continue;
            if (lastAt == i - 1 && features[i].Words >= 8) continue;   // the standfirst of the headline just before
            if (features[i].Words >= 5) (last, lastAt) = (span.ToString(), i);
            else if (features[i].AllUpperCase) lastShortCaps ??= span.ToString();   // "THE MERIDIAN REVIEW"
            else lastShort = span.ToString();
        }
        // (A headline right above the byline beats a short line written twice: a menu's "6 On Your Side".)
        if (last is not null && lastAt == scan - 1) return last;
        return repeatedShort ?? last ?? lastShort ?? lastShortCaps;
    }

    // For HTML the block's text is decoded ("&mdash;" is one char), so offsets inside it drift from the input:
    // find the block's opening characters near where the element starts instead.
    private static SourceBlock AlignToInput(string input, SourceBlock block)
    {
        if (ReferenceEquals(block.Source, input) || block.End - block.Start < 8) return block;
        int from = Math.Clamp(block.InputOffset - 200, 0, input.Length);
        int length = Math.Min(input.Length - from, 600);
        int at = input.AsSpan(from, length).IndexOf(block.Source.AsSpan(block.Start, 8), StringComparison.Ordinal);
        return at < 0 ? block : block with { InputOffset = from + at };
    }

    // "10,000 Troops Sent to Border: Mexico has deployed…": a headline-style label, a colon, a sentence.
    private static bool IsLabelledLine(ReadOnlySpan<char> line)
    {
        var bullet = QuickLookParser.Parse(line);
        return bullet.Label.Length > 0 && LineFeatures.Of(bullet.Label).TitleCaseRatio >= 0.75 && LineFeatures.Of(bullet.Text).Words >= 4;
    }

    private static bool IsAuthorNote(ReadOnlySpan<char> paragraph, string authors)
    {
        if (LineFeatures.Of(paragraph).Words > 45) return false;
        // "Contact Gerald Pruitt at gpruitt@… or (573) 555-0148.", "Reach Ana Ruiz at …": how to reach the writer.
        foreach (var verb in (ReadOnlySpan<string>)["Contact ", "Reach ", "Email ", "E-mail "])
            if (paragraph.StartsWith(verb, StringComparison.Ordinal) && (paragraph.Contains('@') || paragraph.ContainsAny("0123456789"))
                && paragraph.Length > verb.Length && char.IsUpper(paragraph[verb.Length]))
            {
                paragraph = paragraph[verb.Length..];
                break;
            }
        foreach (var range in authors.AsSpan().Split(" and "))
        {
            var name = authors.AsSpan()[range].Trim();
            // (Any case: "By HOLLIS CARMODY" above, "Contact Hollis Carmody at …" below.)
            if (name.Length < 4 || !paragraph.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = paragraph[name.Length..];
            if (rest.Contains('@') || ChromeLexicon.FoldedStartsWith(rest, " at ") && rest.ContainsAny("0123456789") || ChromeLexicon.FoldedStartsWith(rest, " covers ") || ChromeLexicon.FoldedStartsWith(rest, " is a ")
                || ChromeLexicon.FoldedStartsWith(rest, " is the ") || ChromeLexicon.FoldedStartsWith(rest, " writes ")
                || ChromeLexicon.FoldedStartsWith(rest, " reports ") || ChromeLexicon.FoldedContains(rest, "contributed to this report")
                // "… is state political reporter for The Harbour Herald."
                || ChromeLexicon.FoldedStartsWith(rest, " is ") && (ChromeLexicon.FoldedContains(rest, "reporter") || ChromeLexicon.FoldedContains(rest, "correspondent")
                    || ChromeLexicon.FoldedContains(rest, "editor") || ChromeLexicon.FoldedContains(rest, "writer") || ChromeLexicon.FoldedContains(rest, "columnist")))
                return true;
        }
        return false;
    }

    // A note about a writer the byline did not name: "Jenna Okafor covers public safety and the courts for the Millbrook Daily
    // Record. Reach her at …" (two or three capitalised words, then what the writer does).
    private static bool IsUnnamedAuthorNote(ReadOnlySpan<char> paragraph)
    {
        if (LineFeatures.Of(paragraph).Words > 45) return false;
        int at = 0;
        for (int words = 1; words <= 3; words++)
        {
            int space = paragraph[at..].IndexOf(' ');
            if (space < 2 || !char.IsUpper(paragraph[at])) return false;
            at += space;
            var rest = paragraph[at..];
            if (words >= 2 && (ChromeLexicon.FoldedStartsWith(rest, " covers ") || ChromeLexicon.FoldedStartsWith(rest, " writes about ")
                || ChromeLexicon.FoldedStartsWith(rest, " reports on ") || ChromeLexicon.FoldedStartsWith(rest, " is a staff writer")
                || ChromeLexicon.FoldedStartsWith(rest, " is a reporter")))
                return true;
            at++;
        }
        return false;
    }

    private static void Merge(in WireHeader header, ref string? author, ref string? source, ref string? dateline, ref string? date)
    {
        author ??= header.Author; source ??= header.Source; dateline ??= header.Dateline; date ??= header.Date;
    }

    /// <summary>
    /// A live blog's time stamp ("3:07 p.m.", "14:52 GMT") or an entry's sign-off ("— Priya Raman") on a line of its own.
    /// </summary>
    private static bool IsLiveBlogMark(in SourceBlock block, in LineFeatures features)
    {
        if (features.Words > 4) return false;
        var core = block.Span.Trim();
        if (core.Length is >= 4 and <= 16 && char.IsAsciiDigit(core[0]) && core.IndexOf(':') is 1 or 2 && core.IndexOfAnyExcept("0123456789: apmAPMETCSGUBSTDl.") < 0)
            return true;
        // (The dash was read as a bullet's marker: the name is a list item with the dash just before it.)
        if (block.Hint != BlockHint.ListItem || block.Start < 2 || block.Source[block.Start - 2] is not ('\u2014' or '\u2013') || core.Length < 3) return false;
        foreach (var range in core.Split(' '))
            if (core[range] is var w && (w.Length == 0 || !char.IsUpper(w[0]))) return false;
        return true;
    }

    /// <summary>
    /// A line of a facts box, not prose: a label and a list cut by semicolons ("Rovers: Okoye; Barnes, Doherty; …"), or
    /// two labelled values in a short line ("Referee: Paul Lorimer. Attendance: 18,442.").
    /// </summary>
    private static bool IsDataLine(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 45) return false;
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > 30 || colon + 1 >= line.Length || line[colon + 1] != ' ' || !char.IsUpper(line[0])) return false;
        if (LineFeatures.Of(line[..colon]).Words > 3) return false;
        var rest = line[(colon + 1)..];
        if (rest.Count(';') >= 2) return true;
        if (features.Words > 20) return false;
        // A second "Label:" after a stop.
        for (int k = 0; k + 2 < rest.Length; k++)
            if (rest[k] == '.' && rest[k + 1] == ' ')
            {
                var next = rest[(k + 2)..];
                int c = next.IndexOf(':');
                if (c > 0 && c <= 20 && char.IsUpper(next[0]) && LineFeatures.Of(next[..c]).Words <= 2) return true;
            }
        return false;
    }

    // "Home | World | Politics | Sport": several short items between separators.
    private static bool IsMenuLine(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 20 || features.EndsWithSentencePunctuation) return false;
        // ("Football / Premier Division / Ashford Rovers", "News > Local": a slash or ">" between spaces separates too, and
        // so do three spaces: "Share   Tweet   Email   Print".)
        int separators = 0;
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (c is '|' or '•' or '·' or '»' or '›'
                || c is '/' or '>' && k > 0 && k + 1 < line.Length && line[k - 1] == ' ' && line[k + 1] == ' '
                || c == ' ' && k + 2 < line.Length && line[k + 1] == ' ' && line[k + 2] == ' ' && (k == 0 || line[k - 1] != ' ')) separators++;
        }
        return separators >= 2;
    }

    private static bool SameText(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        TextFolding.FoldedEquals(ChromeLexicon.TrimDecorations(a), ChromeLexicon.TrimDecorations(b));
}
