using System.Buffers;
using System.Globalization;
using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// The default sentence splitter: rules over the tokens of one paragraph, with the abbreviation and
/// sentence-starter lists induced from UD English EWT and CoNLL-2003 (models/abbreviations.txt,
/// models/sentence-starters.txt).
/// </summary>
/// <remarks>
/// A sentence ends at a stop (". ! ? … ?! ...") together with the quotes and brackets glued to it
/// (<c>…the border," he said.</c> / <c>?"</c> / <c>!)"</c>) when what follows can start a sentence; at a
/// line break before a bullet or after a line that does not run on (headlines, list items, sign-offs);
/// and at the end of the paragraph. Abbreviations (Mr., Gov., Feb., U.S., Inc., No. 5), initials,
/// decimals, URLs and e-mail addresses are single tokens, so their periods never end a sentence; the
/// tokenizer detaches the period of an abbreviation that evidently ends one ("etc" ".", as UD does).
/// One pass over the tokens, looking a bounded distance ahead: linear time, no allocation.
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared instance; the splitter holds no state.</summary>
    public static SentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int paragraph, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int n = tokens.Length;
        int begin = 0;
        int since = 0; // tokens since the last stop or the paragraph start, a feature of the boundary model
        for (int i = 0; i < n; i++)
        {
            int last = i; // last token of the sentence if it ends here
            bool boundary;
            since++;
            if (i == n - 1)
            {
                boundary = true;
            }
            else if (IsStop(text, tokens[i]))
            {
                since = 0;
                // Spaced ellipsis ". . ." and the quotes and brackets glued after the stop belong to it.
                while (last + 2 < n && IsDotToken(text, tokens[last]) && IsDotToken(text, tokens[last + 1])
                       && tokens[last + 1].Start - tokens[last].End <= 1) last++;
                bool quoted = false; // a quote or bracket closes after the stop: "Why?" he asked / (see Table 2.) were
                while (last + 1 < n && tokens[last + 1].Start == tokens[last].End && IsClosing(text, tokens[last + 1]))
                {
                    quoted = true;
                    last++;
                }
                // A smiley or an emoji after the stop closes the sentence it comments on, with a quote glued after it:
                // "Loved it. :)", "Best news all year! 🎉”".
                while (last + 1 < n && (IsEmoticon(text, tokens[last + 1]) || IsEmoji(text, tokens[last + 1])) && !LineBreakBetween(text, tokens[last], tokens[last + 1]))
                {
                    last++;
                    while (last + 1 < n && tokens[last + 1].Start == tokens[last].End && IsClosing(text, tokens[last + 1]))
                    {
                        quoted = true;
                        last++;
                    }
                }
                boundary = last == n - 1 || EndsAtStop(text, tokens, i, last, quoted);
            }
            else if (LineBreakBetween(text, tokens[i], tokens[i + 1]))
            {
                boundary = EndsAtLineBreak(text, tokens, i);
            }
            else
            {
                // Same line, no stop: only the learned model can tell ("Thanks, Anne", URL lists, ":)").
                boundary = tokens[i + 1].Start > tokens[i].End && (BulletAfterColon(text, tokens, i) || ListItemAfterAbbreviation(text, tokens, i)
                    || IsSubheading(text, tokens, begin, i) || MayEndWithoutStop(text, tokens, i)
                    && !(StartsBullet(text, tokens, i) && (i == 0 || LineBreakBetween(text, tokens[i - 1], tokens[i])))
                    // "Kenneth W. O'Dell Jr.": a generational suffix ends a name, never starts a sentence.
                    && !Abbreviations.IsGenerationalSuffix(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length))
                    // "Q&A: What the rules mean", "BREAKING: Fire closes I-95": a kicker opens its line's sentence; so does a
                    // dateline with its agency, "NEW DELHI (PTI): The Union Cabinet …".
                    && !IsKickerColon(text, tokens, i) && !IsDatelineColon(text, tokens, i)
                    // "three parts: 1) a rebate, 2) a freeze and 3) new money": an enumeration inside the sentence.
                    && !InlineEnumeration(text, tokens, i)
                    // "Firefighters Rescue Kitten From Storm Drain": a title's capitalised preposition runs on (EWT has no
                    // boundary before one between two capitalised words: 10 such gaps in train and dev).
                    && !TitlePrepositionRunsOn(text, tokens, i)
                    && !ColonOpensInlineList(text, tokens, i)
                    && (IsSignOff(text, tokens, i) || BrandExclamationEnds(text, tokens, i) || HeadlineEndsBefore(text, tokens, i, begin)
                        || BoundaryModel.Default.IsBoundary(text, tokens, i, since)));
            }

            if (!boundary)
            {
                // The stop rules have judged the gaps inside ". . .", ".)" or ". :)" too: the model must not
                // reopen them ("(see Table 2.) were clear").
                i = Math.Max(i, last);
                continue;
            }
            sentences.Add(new Sentence(tokens[begin].Start, tokens[last].End, firstToken + begin, last - begin + 1, paragraph));
            begin = last + 1;
            i = last;
        }
    }

    /// <summary>
    /// A cheap filter before the model, which keeps it off most gaps of running text: a sentence without a
    /// stop ends before a capitalised word, a number, a web token, a bullet-like mark or an opening quote,
    /// or before lower case only after a web token, a smiley or a colon; never right after a bullet.
    /// </summary>
    private static bool MayEndWithoutStop(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        char last = text[token.Start];
        if (token.Kind == TokenKind.Punctuation && token.Length == 1 && last is '\u2022' or '\u00B7' or '*' or '\u25AA' or '\u25CF') return false;
        // An abbreviation the tokenizer kept whole ("6:30 p.m. Saturday", "Dr. Smith"): it has already judged its period.
        if (IsKeptAbbreviation(text, token)) return false;
        // The same inside brackets, unless a sentence evidently starts: "Sgt. Maj. (ret.) L. T. Brannigan", "(Alabama Gov.)
        // George Wallace"; not "(220 South Michigan Ave.) Does anyone know".
        if (i > 0 && token.Length == 1 && last == ')' && tokens[i - 1].End == token.Start && IsKeptAbbreviation(text, tokens[i - 1])
            && !Abbreviations.IsSentenceStarter(text.Slice(next.Start, next.Length))) return false;
        // "… see it,'" Ms. Okafor recalled": quotes closing after a comma hand the sentence to its attribution.
        if (IsClosing(text, token) && QuoteClosesAfterComma(text, tokens, i)) return false;
        char first = text[next.Start];
        if (CharClass.IsUpper(first) || CharClass.IsDigit(first)) return true;
        switch (next.Kind)
        {
            case TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag:
                return true;
            case TokenKind.Punctuation or TokenKind.Symbol:
                return first is '-' or '*' or '(' or '"' or '\u201C' or '<' or '>' or '[' or '\'' or '\u2018' or ':' or ';' or '=' or '^' or '\u2013' or '\u2014';
        }
        if (!CharClass.IsLower(first)) return false;
        return token.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Symbol or TokenKind.Other or TokenKind.Handle or TokenKind.Hashtag
            || (token.Kind == TokenKind.Punctuation && last is ':' or ')' or '>' or '-');
    }

    // The closing quotes glued together back to token i follow a comma glued to the first of them.
    private static bool QuoteClosesAfterComma(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        int k = i;
        while (k > 0 && IsClosing(text, tokens[k]) && tokens[k - 1].End == tokens[k].Start) k--;
        return k < i && tokens[k].Length == 1 && text[tokens[k].Start] == ',';
    }

    private static bool IsKeptAbbreviation(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.';

    /// <summary>A stop token: ".", "!", "?", "…", "?!", "...".</summary>
    private static bool IsStop(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        return CharClass.IsTerminator(text[token.Start]);
    }

    private static bool IsEmoticon(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Symbol && token.Length is >= 2 and <= 3 && text[token.Start] is ':' or ';' or '=';

    // Pictographs (emoji, dingbats: U+2600 and up, symbols that are not letters, digits or punctuation); not "©" or "°".
    private static bool IsEmoji(ReadOnlySpan<char> text, Token token) =>
        token.Kind is TokenKind.Other or TokenKind.Symbol && Rune.DecodeFromUtf16(text.Slice(token.Start, token.Length), out var rune, out _) == OperationStatus.Done
            && rune.Value >= 0x2600 && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    private static bool IsDotToken(ReadOnlySpan<char> text, Token token) => token.Length == 1 && text[token.Start] == '.';

    /// <summary>Quotes and closing brackets that can follow a stop (a run such as "''" counts).</summary>
    private static bool IsClosing(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && CharClass.IsCloser(text[token.Start]);

    /// <summary>Whether the stop at <paramref name="stop"/> (with glued closers up to <paramref name="last"/>) ends a sentence.</summary>
    private static bool EndsAtStop(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int stop, int last, bool quoted)
    {
        var stopToken = tokens[stop];
        var next = tokens[last + 1];
        char first = text[next.Start];
        var stopText = text.Slice(stopToken.Start, stopToken.Length);
        bool ellipsis = stopText.Length > 1 && stopText.IndexOfAnyExcept('.') < 0 || stopText.Contains('\u2026') || last > stop && IsDotToken(text, tokens[stop + 1]);
        bool gap = next.Start > tokens[last].End;

        // "1." / "2." / "a." opening a list line: a marker, not a sentence.
        if (IsDotToken(text, stopToken) && stop > 0 && IsListMarkerBefore(text, tokens, stop)) return false;
        // Glued to what follows: a boundary only for "world.Today" / "done!Next" (a lower-case word, a
        // stop, a capitalised word), not for "Yahoo!Inc" or "(see below.)".
        if (!gap)
            return next.Kind == TokenKind.Word && next.Length > 1 && CharClass.IsUpper(first) && CharClass.IsLower(text[next.Start + 1])
                && stop > 0 && tokens[stop - 1].End == stopToken.Start && CharClass.IsLower(text[tokens[stop - 1].End - 1])
                && tokens[stop - 1].Length > 1;

        if (next.Kind == TokenKind.Punctuation && first is ',' or ';' or ':' or ')' or ']' or '}') return false;
        // "the force had ‘consistently failed … Black and Asian officers’": an ellipsis inside a quotation that opened after
        // a lower-case word of the reporter's sentence marks words left out, not the end of a sentence.
        if (ellipsis && !quoted && InsideEmbeddedQuotation(text, tokens, stop) && QuotationClosesLater(text, tokens[last].End)) return false;
        // "the front page read “Dewhurst Out. Who's Next?” in letters three inches high": stops inside such a quotation, the
        // reporter's sentence running on in lower case after it closes.
        if (!quoted && InsideEmbeddedQuotation(text, tokens, stop) && QuotationClosesBeforeLowerCase(text, tokens, last)) return false;
        // "The question — will the plant stay open? — went unanswered": a question or an exclamation inside an aside
        // set off by dashes, the sentence running on in lower case after the closing dash.
        if (stopText[0] is '?' or '!' && next.Kind == TokenKind.Punctuation && IsDash(text.Slice(next.Start, next.Length))
            && !LineBreakBetween(text, tokens[last], next)
            && last + 2 < tokens.Length && !LineBreakBetween(text, next, tokens[last + 2]) && CharClass.IsLower(text[tokens[last + 2].Start]))
            return false;
        if (CharClass.IsLower(first) && next.Kind is TokenKind.Word)
        {
            // "Why?" he asked. / "It's over," she said... and then: the sentence runs on.
            if (quoted || ellipsis) return false;
            // "The game show Jackpot! returns in May", "Yahoo! said": a name with its exclamation mark, inside a sentence.
            // (Web text's "WOW! grey shirt" and "Thanks! see you" end sentences: capitals, or the sentence's first word.)
            if (stopText is "!" && IsNameWithExclamation(text, tokens, stop)) return false;
            return true;
        }
        // "When I got the call from ... Coach Harris": words left out after an article, a preposition or a conjunction,
        // which no sentence ends on.
        if (ellipsis && !quoted && stop > 0 && tokens[stop - 1].Kind == TokenKind.Word && !LineBreakBetween(text, tokens[stop - 1], stopToken)
            && text.Slice(tokens[stop - 1].Start, tokens[stop - 1].Length) is "a" or "an" or "the" or "of" or "from" or "into" or "and" or "or"
                or "but" or "nor" or "my" or "your" or "our" or "their" or "than")
            return false;
        // "Is this what voters asked for?" Councilwoman Rosa Ng asked: a quoted question or exclamation, then who said it.
        if (quoted && stopText[0] is '?' or '!' && AttributionFollows(text, tokens, last + 1)) return false;
        return true;
    }

    // A closing quotation mark further on the line (an unclosed quote, as in web posts, proves nothing).
    private static bool QuotationClosesLater(ReadOnlySpan<char> text, int from) =>
        RestOfLine(text, from, 300).IndexOfAny('\u201D', '\u2019', '"') >= 0;

    // The text from a position to the end of its line, at most max characters.
    private static ReadOnlySpan<char> RestOfLine(ReadOnlySpan<char> text, int from, int max)
    {
        var rest = text[from..Math.Min(text.Length, from + max)];
        int lineEnd = rest.IndexOf('\n');
        return lineEnd >= 0 ? rest[..lineEnd] : rest;
    }

    // A closing quotation mark further on the line, within a few dozen tokens, with a lower-case word right after it.
    private static bool QuotationClosesBeforeLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        for (int k = last + 1; k + 1 < tokens.Length && k <= last + 40; k++)
        {
            var token = tokens[k];
            if (LineBreakBetween(text, tokens[k - 1], token)) return false;
            if (token.Kind != TokenKind.Punctuation || token.Length != 1) continue;
            char c = text[token.Start];
            // (A straight quote closes when glued to the word or stop before it, and opens another quotation otherwise.)
            bool glued = token.Start == tokens[k - 1].End;
            if (c is '\u201C' || c == '"' && !glued) return false;
            if (c is '\u201D' || c == '"')
            {
                // Not a quotation handed to its speaker after a comma ('… occurred. Zero," he said'): those sentences end.
                if (text[tokens[k - 1].Start] == ',') return false;
                var next = tokens[k + 1];
                return next.Kind == TokenKind.Word && next.Start > token.End && CharClass.IsLower(text[next.Start]) && !LineBreakBetween(text, token, next);
            }
        }
        return false;
    }

    private static bool InsideEmbeddedQuotation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int stop)
    {
        for (int k = stop - 1; k > 0 && k >= stop - 60; k--)
        {
            var token = tokens[k];
            // (Over the exclamations and questions the quotation holds: "chanted “Out! Out! Out!” as he left".)
            if (LineBreakBetween(text, token, tokens[k + 1]) || IsStop(text, token) && text[token.Start] is not ('!' or '?')) return false;
            if (token.Kind != TokenKind.Punctuation || token.Length != 1) continue;
            char c = text[token.Start];
            bool opens = c is '\u201C' or '\u2018' || c == '"' && tokens[k + 1].Start == token.End && token.Start > tokens[k - 1].End;
            bool closes = c is '\u201D' || c == '"' && !opens;
            if (closes) return false;
            if (!opens) continue;
            var before = tokens[k - 1];
            return before.Kind == TokenKind.Word && CharClass.IsLower(text[before.Start]) && !LineBreakBetween(text, before, token);
        }
        return false;
    }

    // One to four capitalised words (a title and a name), then a verb of saying that ends there or runs on with a
    // phrase, not a clause: "Rosa Ng asked during the hearing", "Sen. Ted Vance said." ("Aides said an announcement
    // could come" is a sentence of its own.)
    private static bool AttributionFollows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (int k = from; k < tokens.Length && k <= from + 4; k++)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (k > from && LineBreakBetween(text, tokens[k - 1], tokens[k])) return false;
            // (A capitalised pronoun opens a sentence: "'Why?' He said, …", "'Best news all year!' Another asked about …";
            // after a question the attribution has "he".)
            if (k == from && word is "He" or "She" or "They" or "I" or "We" or "It" or "You" or "Another" or "Others" or "Some" or "Many"
                    or "One" or "Both" or "Someone" or "Everyone" or "Nobody") return false;
            if (word.Length > 0 && CharClass.IsUpper(word[0]) && tokens[k].Kind == TokenKind.Word) continue;
            if (k == from || !IsVerbOfSaying(word)) return false;
            if (k + 1 >= tokens.Length) return true;
            var after = text.Slice(tokens[k + 1].Start, tokens[k + 1].Length);
            // "asked reporters", "asked the crowd": whom the question was put to.
            if (word is "asked" or "asks" && tokens[k + 1].Kind == TokenKind.Word && CharClass.IsLower(after[0])) return true;
            return after is "." or "," or ";" or "during" or "at" or "on" or "in" or "of" or "after" or "before" or "as" or "while"
                or "when" or "to" or "from" or "with" or "outside" or "afterward" or "later";
        }
        return false;
    }

    private static bool IsVerbOfSaying(ReadOnlySpan<char> word) => word is "said" or "says" or "asked" or "asks" or "added" or "replied"
        or "shouted" or "wondered" or "wrote" or "recalled" or "exclaimed" or "yelled" or "pleaded" or "insisted" or "demanded"
        or "demands" or "cried" or "screamed" or "whispered" or "muttered" or "snapped" or "quipped" or "joked" or "countered"
        or "protested" or "interjected" or "tweeted" or "posted" or "responded" or "answered" or "declared";

    private static bool IsNameWithExclamation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int stop)
    {
        if (stop < 2) return false;
        Token name = tokens[stop - 1], before = tokens[stop - 2];
        if (name.Kind != TokenKind.Word || name.Length < 2 || name.End != tokens[stop].Start || !CharClass.IsUpper(text[name.Start])) return false;
        foreach (char c in text.Slice(name.Start + 1, name.Length - 1))
            if (!CharClass.IsLower(c)) return false;
        // (A name with a comma in it: "the band Hey, Oh! released …", "Ready, Steady! played …".)
        if (before.Length == 1 && text[before.Start] == ',' && stop >= 3 && tokens[stop - 3].Kind == TokenKind.Word
            && tokens[stop - 3].End == before.Start && CharClass.IsUpper(text[tokens[stop - 3].Start]))
            before = tokens[stop - 3];
        return before.Kind == TokenKind.Word && !LineBreakBetween(text, before, name);
    }

    private static bool IsDash(ReadOnlySpan<char> token) => token is "\u2014" or "\u2013" or "--";

    /// <summary>True when the token before the period at <paramref name="stop"/> is a number or letter opening its line.</summary>
    private static bool IsListMarkerBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int stop)
    {
        var marker = tokens[stop - 1];
        if (marker.End != tokens[stop].Start) return false;
        bool numeric = marker.Kind == TokenKind.Number && marker.Length <= 3;
        bool letter = marker.Length == 1 && CharClass.IsLetter(text[marker.Start]);
        if (!numeric && !letter) return false;
        if (stop - 1 == 0 || LineBreakBetween(text, tokens[stop - 2], marker)) return true;
        // "three priorities: 1. repair the bridge; 2. hire teachers; and 3. cut", "final: 1. Okoro 9.94; 2. Bernardi": numbered
        // items inline, after a colon, a semicolon, a stop or "and", with the next number further on the line (or the one
        // before earlier on it).
        var previous = text.Slice(tokens[stop - 2].Start, tokens[stop - 2].Length);
        if (!numeric || marker.Length > 2 || !(previous is ":" or ";" or "." or "!" or "?" or "and" or "or" || IsKeptAbbreviation(text, tokens[stop - 2])))
            return false;
        if (!int.TryParse(text.Slice(marker.Start, marker.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
            return false;
        Span<char> buffer = stackalloc char[8];
        buffer[0] = ' ';
        return RestOfLine(text, tokens[stop].End, 400).IndexOf(buffer[..(Marker(number + 1, buffer[1..]) + 1)], StringComparison.Ordinal) >= 0
            || number > 1 && PreviousMarkerOnLine(text, marker.Start, number - 1);
    }

    // "12. " written into the buffer; its length.
    private static int Marker(int number, Span<char> into)
    {
        number.TryFormat(into, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        into[written] = '.';
        into[written + 1] = ' ';
        return written + 2;
    }

    // "1. Polls open at 7 a.m. 2. Bring a photo ID.": an item of an inline numbered list ends on an abbreviation, whose
    // period the tokenizer kept, and the next item's number follows.
    private static bool ListItemAfterAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || !IsKeptAbbreviation(text, tokens[i])) return false;
        Token number = tokens[i + 1], period = tokens[i + 2];
        if (number.Kind != TokenKind.Number || number.Length > 2 || period.Start != number.End || !IsDotToken(text, period)) return false;
        return int.TryParse(text.Slice(number.Start, number.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
            && value > 1 && PreviousMarkerOnLine(text, number.Start, value - 1);
    }

    // "… opens in 2026. Why it matters Marlow County has lost …": a news site's standing subheading run into the paragraph
    // under it, as the sentence's first words.
    private static bool IsSubheading(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int begin, int i)
    {
        if (i - begin > 4 || !CharClass.IsUpper(text[tokens[i + 1].Start])) return false;
        var words = text[tokens[begin].Start..tokens[i].End];
        return words is "Why it matters" or "The big picture" or "What's next" or "What\u2019s next" or "Between the lines" or "The bottom line"
            or "Go deeper" or "Driving the news" or "By the numbers" or "Zoom in" or "Zoom out" or "State of play" or "What to watch"
            or "The other side" or "Reality check" or "Catch up quick" or "What they're saying" or "What they\u2019re saying";
    }

    // "Highlights from Tuesday's session: • Lawmakers passed …", "… run until 9 p.m. • Residents' permits …": bullets written on
    // one line, each item a sentence (after a colon, or an item ending on an abbreviation whose period the tokenizer kept).
    private static bool BulletAfterColon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (tokens[i].Length == 1 && text[tokens[i].Start] == ':' || IsKeptAbbreviation(text, tokens[i]))
        && tokens[i + 1].Length == 1 && text[tokens[i + 1].Start] is '\u2022' or '\u25AA' or '\u25CF' or '\u2023';

    /// <summary>
    /// True when the colon at token <paramref name="i"/> opens a list numbered inline whose items are pieces of the
    /// sentence: "three priorities: 1. repair the bridge; 2. hire …" (lower case) or "final: 1. Okoro 9.94; 2. Bernardi …"
    /// (items set off by semicolons). Items written as sentences ("my comments: 1. In Section 1.1, there …") are
    /// sentences of their own, as in UD English EWT.
    /// </summary>
    private static bool ColonOpensInlineList(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 3 >= tokens.Length || tokens[i].Length != 1 || text[tokens[i].Start] != ':') return false;
        Token number = tokens[i + 1], period = tokens[i + 2], first = tokens[i + 3];
        if (number.Kind != TokenKind.Number || text.Slice(number.Start, number.Length) is not "1" || period.Start != number.End
            || !IsDotToken(text, period) || LineBreakBetween(text, period, first)) return false;
        return CharClass.IsLower(text[first.Start]) || RestOfLine(text, first.Start, 400).IndexOf("; 2. ", StringComparison.Ordinal) >= 0;
    }

    // "… 1. repair the bridge; 2. hire": the item numbered one less earlier on the line, after a colon, a semicolon or a stop.
    private static bool PreviousMarkerOnLine(ReadOnlySpan<char> text, int markerStart, int previous)
    {
        // (At most 400 characters back, so a long line of markers stays linear.)
        var line = text[Math.Max(0, markerStart - 400)..markerStart];
        int newline = line.LastIndexOf('\n');
        bool wholeLine = newline >= 0 || markerStart <= 400;
        line = line[(newline + 1)..];
        Span<char> marker = stackalloc char[8];
        int at = line.IndexOf(marker[..Marker(previous, marker)], StringComparison.Ordinal);
        // (Or opening the line: "1. The festival opens Friday … film. 2. All screenings …".)
        return at == 0 && wholeLine || at >= 2 && line[at - 1] == ' ' && line[at - 2] is ':' or ';' or '.' or '!' or '?';
    }

    private static bool LineBreakBetween(ReadOnlySpan<char> text, Token before, Token after) =>
        (after.Start - before.End) switch
        {
            0 => false,
            1 => text[before.End] == '\n',   // most gaps: no call for a one-character search
            _ => text[before.End..after.Start].Contains('\n'),
        };

    /// <summary>
    /// Whether a line break after token <paramref name="i"/> ends the sentence: the next line is a bullet,
    /// or this line does not run on into it (no trailing comma, conjunction or article; next line not lower case).
    /// </summary>
    private static bool EndsAtLineBreak(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        if (!LineBreakBetween(text, token, next)) return false;
        if (StartsBullet(text, tokens, i + 1)) return true;
        char first = text[next.Start];
        // A line running on in lower case continues the sentence, unless it opens with a brand such as "iPad" or "eBay".
        if (CharClass.IsLower(first) && !IsCamelCaseWord(text, next)) return false;
        var word = text.Slice(token.Start, token.Length);
        if (token.Kind == TokenKind.Punctuation && word[0] is ',' or '-' or '\u2013' or '\u2014' or '(' or '&' or '/' or '"' or '\u201C')
            return IsDash(word) && IsDatelineLine(text, tokens, i);
        if (token.Kind == TokenKind.Word && IsRunOnWord(word)) return false;
        // "presented by Gov." at the end of a wrapped line: a title never ends a sentence.
        if (token.Kind == TokenKind.Word && word.Length > 1 && word[^1] == '.' && Abbreviations.KindOf(word[..^1]) == AbbreviationKind.Title) return false;
        return true;
    }

    // The token after i opens "1)" in the middle of a line that goes on to "2)".
    private static bool InlineEnumeration(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || LineBreakBetween(text, tokens[i], tokens[i + 1])) return false;
        Token number = tokens[i + 1], paren = tokens[i + 2];
        if (number.Kind != TokenKind.Number || number.Length != 1 || text[number.Start] != '1' || paren.Start != number.End || text[paren.Start] != ')') return false;
        return RestOfLine(text, paren.End, 400).Contains(" 2)", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the comma at token <paramref name="i"/> ends a letter's closing before the writer's name ("Best regards,
    /// Debra Perlingiere", "Sincerely, Traci"): the name is a sentence of its own, as in UD English EWT (train: 15 of 16
    /// such gaps; the other is "To that regards, I noticed"), where the model is unsure of the rarer closings.
    /// </summary>
    private static bool IsSignOff(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].Length != 1 || text[tokens[i].Start] != ',' || !CharClass.IsUpper(text[tokens[i + 1].Start])) return false;
        var word = text.Slice(tokens[i - 1].Start, tokens[i - 1].Length);
        if (word is "Sincerely" or "Regards" or "Cordially" or "Respectfully") return true;
        return word is "regards" && i >= 2 && text.Slice(tokens[i - 2].Start, tokens[i - 2].Length) is "Best" or "Kind" or "Kindest" or "Warm" or "Warmest" or "Warmly";
    }

    /// <summary>
    /// True when a name that carries its exclamation mark ends the sentence: "14 wins on Jeopardy! She took home …". The
    /// tokenizer keeps "Jeopardy!" whole, so there is no stop to judge; a pronoun or another word that opens sentences
    /// after it does ("Yahoo! Finance", "Jeopardy! Masters" run on as names).
    /// </summary>
    private static bool BrandExclamationEnds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && tokens[i].Length > 1 && text[tokens[i].End - 1] == '!'
        && Abbreviations.IsSentenceStarter(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length));

    /// <summary>
    /// True when the line up to token <paramref name="i"/> is a headline in title case and a sentence in sentence case
    /// starts after it on the same line ("Storm Knocks Out Power to Thousands in Harlow County More than 18,000 homes
    /// lost …"): four words or more from the line's start (two in capitals), each capitalised but for the minor words
    /// titles leave in lower case, then a word that opens sentences or a dateline and, within seven tokens, a lower-case
    /// word of four letters or more.
    /// </summary>
    private static bool HeadlineEndsBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int begin)
    {
        // (A headline may end with a number: "… Dies at 88 His family said …".)
        if (i + 2 >= tokens.Length || tokens[i].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        var next = tokens[i + 1];
        var nextWord = text.Slice(next.Start, next.Length);
        bool starter = Abbreviations.IsSentenceStarter(nextWord);
        // (Or a dateline in capitals after a headline that is not: "… Eye Fed Minutes NEW YORK (AP) — The dollar". Not any
        // capitalised common noun: "The Dow Jones Industrial Average fell" runs on.)
        bool dateline = !starter && IsCapitalsWord(text, next);
        // (After three words in capitals, any capitalised word in lower case opens the sentence: "WHAT COMES NEXT Work on …".)
        bool mixedCase = !starter && !dateline && next.Kind == TokenKind.Word && nextWord.Length > 1 && CharClass.IsUpper(nextWord[0])
            && CharClass.IsLower(nextWord[1]);
        if (!starter && !dateline && !mixedCase) return false;
        int words = 0, lower = 0, lineStart;
        bool capitals = true;
        for (int k = i; ; k--)
        {
            var token = tokens[k];
            var word = text.Slice(token.Start, token.Length);
            if (token.Kind == TokenKind.Word)
            {
                capitals &= IsCapitalsWord(text, token);
                if (CharClass.IsUpper(word[0])) words++;
                else if (k == i && IsTitleMinorWord(word)) return false;   // no headline ends on "of"
                else if (!IsTitleMinorWord(word)) lower++;
            }
            else if (!(token.Kind is TokenKind.Number or TokenKind.Symbol || token.Kind == TokenKind.Punctuation && word is ":" or "-" or "," or "'" or "’" or "&"
                    or "‘" or "“" or "”" or "\""))
                return false;
            if (k == begin || k == 0 || LineBreakBetween(text, tokens[k - 1], token))
            {
                // The whole line so far: a headline opens its line (or, in capitals, follows the sentence before it: "… begins
                // Friday. WHAT HAPPENS NEXT The Senate is expected …").
                // (Only before a word in lower case: "JUNO AND OPEN I LOVE YOU GUYS" is all one shout.)
                if (k > 0 && !LineBreakBetween(text, tokens[k - 1], token)
                    && !(capitals && i - k >= 2 && nextWord.Length > 1 && CharClass.IsLower(nextWord[1]))) return false;
                lineStart = k;
                break;
            }
            if (i - k > 20) return false;
        }
        if (lower > 0)
        {
            // In sentence case only after a kicker, and before a word that opens sentences: "BREAKING: Fire forces
            // evacuation of Westbury mall No injuries have been reported."
            bool kicker = lineStart + 2 <= i && (IsKickerColon(text, tokens, lineStart + 1) || IsKickerColon(text, tokens, lineStart + 2));
            if (!starter || words + lower < (kicker ? 5 : 4)) return false;
            // Or a headline of words alone, four to twelve, before an article that no verb, preposition or conjunction
            // leads into: "City council approves new budget The Harwick City Council voted …" (not "… told The Times").
            if (!kicker && !(i - lineStart + 1 == words + lower + MinorWordsBetween(text, tokens, lineStart, i) && words + lower <= 12
                    && nextWord is "The" or "A" or "An" && tokens[i + 2].Kind == TokenKind.Word && tokens[i + 2].Start > next.End
                    // ("zones A and B": a letter in a list, not an article.)
                    && !(nextWord is "A" && text.Slice(tokens[i + 2].Start, tokens[i + 2].Length) is "and" or "or" or "through" or "to")
                    && !LeadsIntoName(text.Slice(tokens[i].Start, tokens[i].Length))))
                return false;
        }
        // (Two words will do in capitals, before a word that opens sentences: "BREAKING NEWS A 5.2 magnitude earthquake …".)
        else if (!(words >= 4 || capitals && (words >= 2 && starter || words >= 3 && mixedCase)) || dateline && capitals || mixedCase && !(capitals && words >= 3))
            return false;
        // Prose follows within a few words (past a dateline's place, agency and dash: "NEW YORK (AP) — Kestrel Air Inc. said").
        for (int k = i + 2; k < tokens.Length && k <= i + (dateline ? 14 : 8); k++)
        {
            var token = tokens[k];
            if (LineBreakBetween(text, tokens[k - 1], token)) return false;
            if (token.Kind == TokenKind.Word && token.Length >= 4 && CharClass.IsLower(text[token.Start])) return true;
        }
        return false;
    }

    private static int MinorWordsBetween(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        int count = 0;
        for (int k = first; k <= last; k++)
            if (tokens[k].Kind == TokenKind.Word && !CharClass.IsUpper(text[tokens[k].Start]) && IsTitleMinorWord(text.Slice(tokens[k].Start, tokens[k].Length))) count++;
        return count;
    }

    // Words after which "The" or "A" opens a name or a title rather than a sentence: "told The Times", "stars in A Quiet Place".
    private static bool LeadsIntoName(ReadOnlySpan<char> word) => IsTitleMinorWord(word) || word is "told" or "tells" or "said" or "says" or "joined"
        or "read" or "reads" or "wrote" or "writes" or "called" or "named" or "watched" or "watch" or "like" or "via" or "than" or "about"
        or "starring" or "stars" or "star" or "see" or "saw" or "seen" or "visit" or "visited" or "became" or "become" or "is" or "was" or "are"
        or "were" or "be" or "been" or "including" or "include" or "includes" or "featuring" or "released" or "published" or "launched"
        or "founded" or "opened" or "bought" or "sold" or "acquired" or "won" or "lost" or "played" or "plays" or "directed" or "produced"
        or "recorded" or "sang" or "sing" or "love" or "loved" or "reported" or "according" or "interview" or "interviewed"
        or "that" or "which" or "who" or "whether" or "because" or "when" or "while" or "where" or "if" or "since" or "until" or "unless" or "so"
        or "after" or "before" or "during" or "against" or "under" or "behind" or "near" or "without" or "through" or "across" or "toward"
        or "upon" or "within" or "between" or "amid" or "inside" or "outside" or "beyond" or "past" or "onto" or "sued" or "owns" or "owned"
        or "remains" or "remain" or "titled" or "entitled" or "dubbed" or "hosts" or "hosted" or "host" or "leads" or "led" or "runs" or "ran"
        or "signed" or "beat" or "beats" or "defeated" or "faces" or "faced" or "meets" or "met" or "heard" or "listened" or "covered"
        or "reviewed" or "quoted" or "cited" or "attended" or "performed" or "formed" or "joins" or "left" or "works" or "worked";

    // A capitalised preposition between two capitalised words: a title running on ("Kitten From Storm Drain").
    private static bool TitlePrepositionRunsOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || tokens[i].Kind != TokenKind.Word || !CharClass.IsUpper(text[tokens[i].Start])) return false;
        Token preposition = tokens[i + 1], after = tokens[i + 2];
        if (after.Kind != TokenKind.Word || !CharClass.IsUpper(text[after.Start]) || LineBreakBetween(text, preposition, after)) return false;
        return text.Slice(preposition.Start, preposition.Length) is "Of" or "To" or "In" or "On" or "At" or "For" or "By" or "With" or "From"
            or "Into" or "Onto" or "Over" or "Off" or "Up" or "As" or "After" or "Before" or "About" or "Amid" or "Against" or "Under"
            or "Without" or "Despite" or "Near" or "Through" or "Across" or "During" or "Toward" or "Within" or "Behind" or "Between" or "Upon";
    }

    // Words a title leaves in lower case: "Power to Thousands in Harlow County".
    private static bool IsTitleMinorWord(ReadOnlySpan<char> word) => word is "a" or "an" or "the" or "and" or "or" or "but" or "nor" or "of"
        or "to" or "in" or "on" or "at" or "for" or "by" or "with" or "from" or "as" or "vs" or "vs." or "into" or "over" or "up" or "off";

    /// <summary>
    /// True when the colon at token <paramref name="i"/> follows a kicker that opens its line ("Q&amp;A:", "BREAKING:",
    /// "FACT CHECK:"): the headline after it is the same sentence. Not a city ("KABUL: For the past 25 years", which UD
    /// English EWT splits) nor a salutation ("All: It is my understanding").
    /// </summary>
    private static bool IsKickerColon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].Length != 1 || text[tokens[i].Start] != ':') return false;
        var word = tokens[i - 1];
        bool lineStart = i == 1 || LineBreakBetween(text, tokens[i - 2], word);
        bool twoWords = !lineStart && i >= 2 && (i == 2 || LineBreakBetween(text, tokens[i - 3], tokens[i - 2]));
        if (!lineStart && !twoWords) return false;
        var kicker = text.Slice((twoWords ? tokens[i - 2] : word).Start, word.End - (twoWords ? tokens[i - 2] : word).Start);
        return kicker is "Q&A" or "BREAKING" or "BREAKING NEWS" or "UPDATE" or "UPDATED" or "ANALYSIS" or "EXCLUSIVE" or "WATCH"
            or "LIVE" or "OPINION" or "EDITORIAL" or "REVIEW" or "EXPLAINER" or "FACT CHECK" or "PHOTOS" or "VIDEO" or "CORRECTION"
            or "DEVELOPING" or "JUST IN" or "ALERT" or "COMMENTARY" or "PERSPECTIVE" or "INTERVIEW" or "OBITUARY";
    }

    // "NEW DELHI (PTI):": one to three words in capitals opening the line, an agency in brackets, a colon.
    private static bool IsDatelineColon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 4 || tokens[i].Length != 1 || text[tokens[i].Start] != ':' || text[tokens[i - 1].Start] != ')' || text[tokens[i - 3].Start] != '('
            || tokens[i - 2].Kind != TokenKind.Word || !CharClass.IsUpper(text[tokens[i - 2].Start])) return false;
        int places = 0;
        for (int k = i - 4; k >= 0; k--)
        {
            if (!IsCapitalsWord(text, tokens[k]) || ++places > 3) return false;
            if (k == 0 || LineBreakBetween(text, tokens[k - 1], tokens[k])) return true;
        }
        return false;
    }

    // "NAIROBI": a word in capitals, at least three letters.
    private static bool IsCapitalsWord(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 3) return false;
        foreach (char c in text.Slice(token.Start, token.Length))
            if (!CharClass.IsUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// True when the line ending with the dash at token <paramref name="i"/> is a dateline standing alone ("NAIROBI,
    /// Kenya (AP) —"): it opens with a city in capitals and holds at most eight tokens, so it is a sentence of its own,
    /// as UD English EWT has "WASHINGTON (CNN) --" (on the story's line the boundary model judges it).
    /// </summary>
    private static bool IsDatelineLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        int first = i;
        while (first > 0 && i - first < 8 && !LineBreakBetween(text, tokens[first - 1], tokens[first])) first--;
        bool lineStart = first == 0 || LineBreakBetween(text, tokens[first - 1], tokens[first]);
        return lineStart && i - first >= 1 && IsCapitalsWord(text, tokens[first]);
    }

    // "iPad", "eBay", "zipMart": a brand written with a lower-case first letter and a capital within its first five.
    private static bool IsCamelCaseWord(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length <= 2 || !CharClass.IsLower(text[token.Start])) return false;
        if (CharClass.IsUpper(text[token.Start + 1])) return true;
        for (int k = token.Start + 2; k < token.End - 1 && k <= token.Start + 4; k++)
        {
            if (CharClass.IsUpper(text[k])) return CharClass.IsLower(text[k + 1]);
            if (!CharClass.IsLower(text[k])) return false;
        }
        return false;
    }

    /// <summary>A bullet at token <paramref name="i"/>: •, ·, -, *, –, —, ▪ or a number/letter with "." or ")".</summary>
    private static bool StartsBullet(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        char c = text[token.Start];
        if (token.Length == 1 && c is '\u2022' or '\u00B7' or '-' or '*' or '\u2013' or '\u2014' or '\u25AA' or '\u25CF' or '\u2023' or '\u25E6' or '>')
            return true;
        if (i + 1 < tokens.Length && (token.Kind == TokenKind.Number && token.Length <= 3 || token.Length == 1 && CharClass.IsLetter(c)))
        {
            var after = tokens[i + 1];
            return after.Start == token.End && after.Length == 1 && text[after.Start] is '.' or ')';
        }
        // "(a) failed to disclose …", "(2) …": a marker in brackets.
        if (c == '(' && token.Length == 1 && i + 2 < tokens.Length)
        {
            Token marker = tokens[i + 1], close = tokens[i + 2];
            return marker.Start == token.End && close.Start == marker.End && close.Length == 1 && text[close.Start] == ')'
                && (marker.Kind == TokenKind.Number && marker.Length <= 2 || marker.Length == 1 && CharClass.IsLower(text[marker.Start]));
        }
        return false;
    }

    /// <summary>Words after which a line cannot end a sentence: articles, conjunctions, prepositions.</summary>
    private static bool IsRunOnWord(ReadOnlySpan<char> w) => w switch
    {
        "the" or "a" or "an" or "and" or "or" or "but" or "of" or "to" or "in" or "on" or "at" or "for" or "with"
            or "by" or "from" or "that" or "as" or "than" or "into" or "about" or "his" or "her" or "their" or "its"
            or "our" or "my" or "your" or "is" or "are" or "was" or "were" or "be" or "has" or "have" or "had" => true,
        _ => false,
    };
}
