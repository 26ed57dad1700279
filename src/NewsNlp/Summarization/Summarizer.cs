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

    // Bullets read best as statements of a reasonable length. Past the last limit a "sentence" is a run-on the
    // splitter could not break (a table, a list, text without punctuation): never a bullet, even for want of others.
    private const int MinBulletWords = 6, MaxBulletWords = 60, NeverBulletWords = 200;

    /// <summary>Summarizes an analysed document. Never throws on content; an article without sentences gives an empty summary.</summary>
    public SummaryResult Summarize(NewsDocument document, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= SummaryOptions.Default;
        var terms = new ArticleTerms(document, _ranker.Idf);
        var features = SentenceFeatures.Extract(terms);
        int n = terms.SentenceCount;
        var scores = _ranker.Score(features, n);

        // Reporting credits and "READ MORE" pointers are the site talking, not the story; so, for bullets, are its notes to readers.
        // (Once per sentence: the selectors ask in every pass.)
        var siteLine = new bool[n];
        var noteToReader = new bool[n];
        for (int s = 0; s < n; s++)
        {
            var sentence = document.Span(document.SentenceSpan[s]);
            siteLine[s] = SiteLines.IsSiteLine(sentence);
            noteToReader[s] = SiteLines.IsNoteToReader(sentence);
        }
        var summaryIndexes = SentenceSelector.Select(terms, scores, Math.Clamp(options.Sentences, 0, n), redundancy: SentenceSelector.Redundancy.NearDuplicate,
            never: s => siteLine[s]);
        var summary = summaryIndexes.Select(s => document.TextOf(document.SentenceSpan[s])).ToArray();

        var bulletIndexes = SentenceSelector.SelectSpread(terms, BulletScores(document, scores), Math.Clamp(options.Bullets, 0, n),
            eligible: s => terms.WordCount[s] is >= MinBulletWords and <= MaxBulletWords && !IsQuestion(document, s), never: s => siteLine[s] || noteToReader[s] || terms.WordCount[s] > NeverBulletWords);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var bullets = new QuickLookBullet[bulletIndexes.Length];
        for (int b = 0; b < bulletIndexes.Length; b++)
        {
            int s = bulletIndexes[b];
            var chunks = Chunk.Split(document, document.SentenceSpan[s], _lexicon);
            var (kept, text) = SentenceTightener.Tighten(document.Text, chunks);
            string label = _labeler.Label(document.Text, kept, taken, PersonBefore(document, s));
            bullets[b] = new QuickLookBullet(label, text, s, Math.Round(scores[s], 4));
        }
        var keyphrases = KeyphraseExtractor.Extract(terms, _lexicon, Math.Max(0, options.Keyphrases), siteLine);
        return new SummaryResult(document, bullets, summary, keyphrases);
    }

    /// <summary>
    /// The surname (or the given name the article calls them by) of the person a bullet's "he" or "she" most likely
    /// is, since a bullet is read alone ("He ran for mayor of Millbrook" → "Hale Runs for Mayor of Millbrook"): the
    /// one person named before the pronoun in its sentence,
    /// else the one person named in the nearest of the three sentences before it that names anyone. Only when that
    /// sentence names exactly one person (not counting an owner, "Hale's spokesman"), and never a person named
    /// after the pronoun in the bullet's own sentence: a wrong name is worse than none.
    /// </summary>
    internal static string? PersonBefore(NewsDocument document, int s)
    {
        var sentences = document.SentenceSpan;
        if (s < 0 || s >= sentences.Length) return null;
        int pronoun = sentences[s].End;
        for (int i = sentences[s].FirstToken; i < sentences[s].EndToken; i++)
            if (document.Span(document.TokenSpan[i]) is "he" or "He" or "she" or "She") { pronoun = document.TokenSpan[i].Start; break; }
        // A person named after the pronoun in its own sentence is someone else ("he has thanked Moreno",
        // "'She was brilliant,' Lind said of her rival").
        (int Start, int End) later = (pronoun, sentences[s].End);
        var (same, sameCount) = PersonsIn(document, sentences[s].Start, pronoun, later);
        if (sameCount > 0) return same is null ? null : PersonNames.ShortName(document.Text, same);
        for (int p = s - 1; p >= 0 && p >= s - 3; p--)
        {
            var (person, count) = PersonsIn(document, sentences[p].Start, sentences[p].End, later);
            if (count > 0) return person is null ? null : PersonNames.ShortName(document.Text, person);
        }
        return null;
    }

    // How many people are named in [start, end), leaving out those named in the excluded range, and the one person when
    // there is exactly one and it is not only an owner ("Hale's spokesman").
    private static (Entity? Person, int Count) PersonsIn(NewsDocument document, int start, int end, (int Start, int End) excluded)
    {
        Entity? person = null;
        int count = 0;
        bool ownerOnly = false;
        foreach (var entity in document.Entities)
        {
            if (entity.Type != EntityType.Person) continue;
            bool namedLater = false, here = false, owner = false;
            foreach (var mention in entity.Mentions)
            {
                namedLater |= mention.Start >= excluded.Start && mention.Start < excluded.End;
                if (mention.Start < start || mention.Start >= end) continue;
                here = true;
                var after = document.Text.AsSpan(Math.Min(mention.End, document.Text.Length));
                owner |= after.StartsWith("'s") || after.StartsWith("\u2019s");
            }
            if (!here || namedLater) continue;
            count++;
            person = entity;
            ownerOnly = owner;
        }
        return (count == 1 && !ownerOnly ? person : null, count);
    }


    /// <summary>
    /// Bullet worth: the ranker's judgement as a percentile within the article (its raw scale is steep
    /// around the lead, tuned for 3-sentence summaries), plus a bonus for hard figures: Quick Looks are
    /// read for facts and numbers, from anywhere in the story. A bullet is read alone, so a sentence that
    /// leans on the one before it (opens with "It", "This", "They") or is a piece of a longer quotation
    /// (its quote marks do not pair up) loses some worth, as does one that opens with a quotation and then its
    /// speaker ('"It kind of opened up old wounds," she told CNN': an editor reports, not quotes); and one that ends
    /// in a colon, or is an item of a list such a lead-in introduces, almost all of it.
    /// </summary>
    private static double[] BulletScores(NewsDocument document, double[] scores)
    {
        var result = Percentiles(scores);
        for (int s = 0; s < result.Length; s++)
        {
            if (HasFigure(document, s)) result[s] += FigureBonus;
            if (LeansOnContext(document, s) || OpensWithQuotation(document, s)) result[s] -= ContextPenalty;
            if (IsIntroducedListItem(document, s)) result[s] -= ListItemPenalty;
            if (IsLeadIn(document.Span(document.SentenceSpan[s]))) result[s] -= LeadInPenalty;
        }
        return result;
    }

    // An item of a list that a lead-in introduces ("The union's main demands are:" then "Union jurisdiction over …"): it
    // completes that sentence, and alone may not even be one.
    private static bool IsIntroducedListItem(NewsDocument document, int s)
    {
        var paragraphs = document.Paragraphs;
        int p = document.SentenceSpan[s].Paragraph;
        if (p < 0 || p >= paragraphs.Count || paragraphs[p].Kind != ParagraphKind.ListItem) return false;
        while (p > 0 && paragraphs[p - 1].Kind == ParagraphKind.ListItem) p--;
        return p > 0 && IsLeadIn(document.Text.AsSpan(paragraphs[p - 1].Start, paragraphs[p - 1].Length));
    }

    // A sentence that introduces what follows it: it ends in a colon, or in a colon and the stop flattened copy left
    // where the list was ("… the newly announced presenters include: .").
    private static bool IsLeadIn(ReadOnlySpan<char> sentence)
    {
        sentence = sentence.TrimEnd();
        if (sentence.EndsWith('.')) sentence = sentence[..^1].TrimEnd();
        return sentence.EndsWith(':');
    }

    // A list item a lead-in introduces is a piece of that sentence, often no sentence at all ("Paid leave of 16 weeks for all
    // staff."): like the lead-in, it is a bullet only when nothing else is left.
    private const double ListItemPenalty = LeadInPenalty;

    // Worth 30 percentile points: enough to prefer a self-contained sentence of similar rank.
    private const double ContextPenalty = 0.3;

    // A lead-in ("They say they may have found the answer:") says nothing without what follows: it sinks
    // below every other sentence (worth at most 1 + FigureBonus), so it is a bullet only when nothing else is left.
    private const double LeadInPenalty = 3.0;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    { "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Such" };

    // "This is …", "That was …" point back; "This week …" does not.
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "This", "That", "These", "Those" };
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    { "is", "was", "are", "were", "has", "had", "will", "would", "could", "means", "meant", "comes", "came", "includes" };

    internal static bool LeansOnContext(NewsDocument document, int s)
    {
        var span = document.Span(document.SentenceSpan[s]);
        if (span.StartsWith("(")) return true;   // an aside: "(At least not that I know of!)"
        int quotes = 0;
        foreach (char c in span) if (c is '"' or '\u201C' or '\u201D') quotes++;
        if (quotes % 2 == 1) return true;
        // A quotation's "we" or "it" belongs to the speaker the sentence names.
        var rest = span;
        var first = NextWord(ref rest);
        if (Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)) return true;
        return Demonstratives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)
            && Linking.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NextWord(ref rest));

        static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> text)
        {
            text = text.TrimStart(' ');
            int end = 0;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var word = text[..end];
            text = text[end..];
            return word;
        }
    }

    // Worth 70 percentile points: a figure lifts a mid-article sentence above lead sentences without one.
    private const double FigureBonus = 0.7;

    private static double[] Percentiles(double[] values)
    {
        int n = values.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ThenByDescending(i => i).ToArray();
        var result = new double[n];
        for (int r = 0; r < n; r++) result[order[r]] = n == 1 ? 1 : r / (double)(n - 1);
        return result;
    }

    /// <summary>True when the sentence states a figure: a number of two or more digits that is not a year, a percentage or an amount.</summary>
    private static bool HasFigure(NewsDocument document, int s)
    {
        var sentence = document.SentenceSpan[s];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = document.TokenSpan[i];
            if (token.Kind != TokenKind.Number) continue;
            var span = document.Span(token);
            int digits = 0;
            foreach (char c in span) if (char.IsDigit(c)) digits++;
            bool year = span.Length == 4 && digits == 4 && (span.StartsWith("19") || span.StartsWith("20"));
            if (digits >= 2 && !year) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the sentence opens with a quotation and a verb of saying follows its closing mark within a few
    /// words ('"…," Pettit said', '"…," the mayor told reporters'); a quoted title is no quotation ('"Cinderella,"
    /// the latest retelling, sparkled').
    /// </summary>
    internal static bool OpensWithQuotation(NewsDocument document, int s)
    {
        var sentence = document.SentenceSpan[s];
        var tokens = document.TokenSpan;
        int first = sentence.FirstToken, end = sentence.EndToken;
        if (first >= end || !IsQuoteMark(document.Span(tokens[first]))) return false;
        for (int i = first + 1; i < end; i++)
        {
            if (!IsQuoteMark(document.Span(tokens[i]))) continue;
            for (int k = i + 1; k < end && k <= i + 6; k++)
                if (WordClasses.IsAttributionVerb(TextFolding.FoldedHash(document.Span(tokens[k])))) return true;
            return false;
        }
        return false;

        static bool IsQuoteMark(ReadOnlySpan<char> token) => token is "\"" or "\u201C" or "\u201D" or "``" or "''";
    }

    private static bool IsQuestion(NewsDocument document, int s)
    {
        var span = document.Span(document.SentenceSpan[s]).TrimEnd("\"'\u201D\u2019) ");
        return span.Length > 0 && span[^1] == '?';
    }
}
