using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Tokenization;

/// <summary>
/// The default tokenizer: UD English EWT / Penn Treebank style word tokens for news and web text.
/// Clitics are split ("Sheinbaum's" → "Sheinbaum" "'s", "don't" → "do" "n't", "can't" → "ca" "n't", with
/// straight or curly apostrophes); abbreviations ("U.S.", "Feb.", "e.g."), numbers ("10,000", "41.1",
/// "5:30", "11/28/2000"), URLs, e-mail addresses, @handles and #hashtags stay whole; currency signs, "%",
/// quotes, brackets, dashes and ellipses are tokens of their own; hyphenated words are split at the
/// hyphen ("wheel - chair") except after prefixes ("non-violent", "e-mail") and between digits
/// ("713-853-3989"), as UD EWT does.
/// </summary>
/// <remarks>
/// A single forward scan over the span, linear in its length: every look-ahead either becomes part of
/// the token it scanned or is remembered, so no character is rescanned more than a constant number of
/// times. Every non-whitespace character ends up in exactly one token (lossless for any input, including
/// control characters and lone surrogates), and nothing is allocated besides the tokens appended.
/// </remarks>
public sealed class NewsTokenizer : ITokenizer
{
    /// <summary>The shared instance; the tokenizer holds no state.</summary>
    public static NewsTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var scanner = new Scanner(text);
        int i = 0, n = text.Length;
        while (i < n)
        {
            if (CharClass.IsWhiteSpace(text[i])) { i++; continue; }
            int end = scanner.Next(i, out var kind);
            tokens.Add(new Token(offset + i, offset + end, kind));
            i = end;
        }
    }

    // A loop of its own, so its index stays in a register (inlined into Next, it lived on the stack).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ChunkEnd(ReadOnlySpan<char> s, int p)
    {
        int e = p;
        while (e < s.Length && !CharClass.IsWhiteSpace(s[e])) e++;
        return e;
    }

    /// <summary>Scans one token at a time; remembers chunk-level facts so look-aheads stay linear.</summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _s;
        private int _chunkStart = -1;   // start of the current whitespace-free chunk
        private int _chunkEnd = -1;     // end of the current chunk
        private int _at = -1;           // next '@' at or after the scan position in the chunk, or _chunkEnd
        private int _emailBadUntil = -1; // token starts below this cannot begin an e-mail address

        public Scanner(ReadOnlySpan<char> s) => _s = s;

        /// <summary>The end of the token starting at <paramref name="p"/> (a non-whitespace character).</summary>
        public int Next(int p, out TokenKind kind)
        {
            var s = _s;
            if (p >= _chunkEnd)
            {
                // The chunk's end, and its first '@' (an e-mail address needs one).
                _chunkStart = p;
                _chunkEnd = ChunkEnd(s, p);
                int at = s[p.._chunkEnd].IndexOf('@');
                _at = at < 0 ? _chunkEnd : p + at;
            }
            char c = s[p];

            if (CharClass.IsWordChar(c))
            {
                if (c is 'h' or 'H' or 'w' or 'W' or 'f' or 'F' or 'm' or 'M' && TryUrl(p, out int urlEnd)) { kind = TokenKind.Url; return urlEnd; }
                if (_at < _chunkEnd && TryEmail(p, out int mailEnd)) { kind = TokenKind.Email; return mailEnd; }
                return ScanWord(p, out kind);
            }
            if (CharClass.IsApostrophe(c) && p > _chunkStart && CharClass.IsWordChar(s[p - 1]) && ClitticLength(p) is > 0 and int cl)
            {
                kind = TokenKind.Word;
                return p + cl;
            }
            if ((c == '@' || c == '#') && p + 1 < _chunkEnd && (CharClass.IsLetter(s[p + 1]) || s[p + 1] == '_' || (c == '@' && CharClass.IsDigit(s[p + 1]))))
            {
                int e = p + 1;
                while (e < _chunkEnd && (CharClass.IsWordChar(s[e]) || s[e] == '_' || (c == '@' && s[e] == '.' && e + 1 < _chunkEnd && CharClass.IsWordChar(s[e + 1])))) e++;
                kind = c == '@' ? TokenKind.Handle : TokenKind.Hashtag;
                return e;
            }
            if (char.IsHighSurrogate(c))
            {
                kind = TokenKind.Other;
                return p + 1 < s.Length && char.IsLowSurrogate(s[p + 1]) ? p + 2 : p + 1;
            }
            if (p == _chunkStart && TryEmoticon(p, out int emoEnd)) { kind = TokenKind.Symbol; return emoEnd; }
            if (CharClass.IsTerminator(c))
            {
                // "...", "?!", "!!!": one token.
                int e = p + 1;
                while (e < s.Length && CharClass.IsTerminator(s[e])) e++;
                kind = TokenKind.Punctuation;
                return e;
            }
            kind = KindOfSymbol(c);
            if (c is '"' or '(' or '[' or '{' || kind == TokenKind.Other) return p + 1;
            {
                // A run of one repeated mark is one token: "--", "***", "''", ">>", "====".
                int e = p + 1;
                while (e < s.Length && s[e] == c) e++;
                return e;
            }
        }

        private static TokenKind KindOfSymbol(char c)
        {
            if (c is '%' or '&' or '@' or '\u2030') return TokenKind.Symbol;
            return CharUnicodeInfo.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
                UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                    or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
                _ => TokenKind.Other,
            };
        }

        /// <summary>Length of a clitic ('s 'm 'd 'll 've 're) starting with the apostrophe at <paramref name="p"/>, or 0.</summary>
        private readonly int ClitticLength(int p)
        {
            var s = _s;
            int rest = _chunkEnd - p - 1;
            if (rest < 1) return 0;
            char a = (char)(s[p + 1] | 0x20);
            int len;
            if (a is 's' or 'm' or 'd') len = 2;
            else if (rest >= 2 && ((a == 'l' && (s[p + 2] | 0x20) == 'l') || (a == 'v' && (s[p + 2] | 0x20) == 'e') || (a == 'r' && (s[p + 2] | 0x20) == 'e'))) len = 3;
            else return 0;
            return p + len < _chunkEnd && CharClass.IsWordChar(s[p + len]) ? 0 : len;
        }

        /// <summary>A word or number starting at <paramref name="p"/> (a letter or digit).</summary>
        private int ScanWord(int p, out TokenKind kind)
        {
            var s = _s;
            int end = _chunkEnd;
            int q = p;
            bool hasLetter = false, internalDot = false, longSegment = false, hasColon = false;
            int segmentStart = p;
            while (true)
            {
                while (q < end && CharClass.IsWordChar(s[q]))
                {
                    if (!hasLetter && !CharClass.IsDigit(s[q])) hasLetter = true;
                    q++;
                }
                if (q - segmentStart > 3) longSegment = true;
                if (q >= end) break;
                char c = s[q];
                char before = s[q - 1];
                bool nextIsWord = q + 1 < end && CharClass.IsWordChar(s[q + 1]);
                if (c == '.' && nextIsWord && CharClass.IsWordChar(before) && !IsMissingSpace(segmentStart, q))
                {
                    internalDot = true;
                    q++; segmentStart = q;
                    continue;
                }
                if (c == ',' && CharClass.IsDigit(before) && IsThreeDigitGroup(q + 1)) { q++; segmentStart = q; continue; }
                if ((c == ':' || c == '/') && CharClass.IsDigit(before) && nextIsWord && CharClass.IsDigit(s[q + 1])) { hasColon |= c == ':'; q++; segmentStart = q; continue; }
                if (c == '-' && nextIsWord)
                {
                    if ((CharClass.IsDigit(before) && CharClass.IsDigit(s[q + 1]) && !hasColon) ||
                        (!internalDot && segmentStart == p && Abbreviations.IsHyphenPrefix(s[p..q])))
                    {
                        q++; segmentStart = q;
                        continue;
                    }
                    break;
                }
                if (CharClass.IsApostrophe(c) && nextIsWord && CharClass.IsLetter(before))
                {
                    // n't: "don't" → "do" "n't"; the token "n't" itself when the word is just "n".
                    if ((before | 0x20) == 'n' && (s[q + 1] | 0x20) == 't' && (q + 2 >= end || !CharClass.IsWordChar(s[q + 2])))
                    {
                        if (q - 1 > p) { kind = TokenKind.Word; return q - 1; }
                        kind = TokenKind.Word;
                        return q + 2;
                    }
                    if (ClitticLength(q) > 0) break;
                    q++; segmentStart = q; // O'Brien, Sha'lan, rock'n'roll
                    continue;
                }
                if (c == '/' && q - segmentStart == 1 && CharClass.IsLetter(before) && nextIsWord && CharClass.IsLetter(s[q + 1])
                    && (q + 2 >= end || !CharClass.IsWordChar(s[q + 2]))) { q++; segmentStart = q; continue; } // b/c, w/o, I/O
                if (c == '&' && CharClass.IsUpper(before) && nextIsWord && CharClass.IsUpper(s[q + 1])) { q++; segmentStart = q; continue; } // AT&T
                if (c == '_' && nextIsWord) { q++; segmentStart = q; continue; } // file_name_2
                break;
            }

            var word = s[p..q];
            int split = SplitContraction(word);
            if (split > 0) { kind = TokenKind.Word; return p + split; }
            if (hasLetter && CharClass.IsDigit(word[0]) && UnitStart(word) is > 0 and int unit) { kind = TokenKind.Number; return p + unit; } // 5pm, 35mm, 10k

            kind = hasLetter ? TokenKind.Word : TokenKind.Number;
            // Brand names that carry their "!" (UD keeps "Yahoo!" whole); a sentence can still end after them.
            if (q < end && s[q] == '!' && (word.SequenceEqual("Yahoo") || word.SequenceEqual("Jeopardy"))) return q + 1;
            if (q < s.Length && s[q] == '.' && hasLetter && !(q + 1 < s.Length && s[q + 1] == '.') && AttachesPeriod(word, internalDot, longSegment, q))
                q++;
            else if (internalDot && hasLetter && IsWebDomain(word))
                kind = TokenKind.Url;
            return q;
        }

        /// <summary>
        /// "world.Today": a lower-case word, a period, then a capitalised word — a sentence joined without its
        /// space, not a domain or an abbreviation.
        /// </summary>
        private readonly bool IsMissingSpace(int segmentStart, int period)
        {
            var s = _s;
            if (period - segmentStart < 2 || !CharClass.IsLower(s[period - 1]) || !CharClass.IsLower(s[period - 2])) return false;
            if (period + 2 >= _chunkEnd || !CharClass.IsUpper(s[period + 1]) || !CharClass.IsLower(s[period + 2])) return false;
            // "Newsfeed.Com", "Example.Net": a capitalised domain, not two sentences.
            var rest = s[(period + 1)..Math.Min(_chunkEnd, period + 5)];
            return !(rest.StartsWith("Com") || rest.StartsWith("Net") || rest.StartsWith("Org"));
        }

        private readonly bool IsThreeDigitGroup(int i) =>
            i + 3 <= _chunkEnd && CharClass.IsDigit(_s[i]) && CharClass.IsDigit(_s[i + 1]) && CharClass.IsDigit(_s[i + 2])
            && (i + 3 == _chunkEnd || !CharClass.IsDigit(_s[i + 3]));

        /// <summary>
        /// Whether the period after <paramref name="word"/> belongs to it ("U.S.", "Feb.", "J."). As in UD
        /// English EWT, an abbreviation that ends a sentence gives up its period to the sentence ("etc" "."),
        /// so the sentence splitter sees an ordinary stop there.
        /// </summary>
        // Units news writes with a period after a figure ("£13.7bn.", "6 ft.", "12 hrs.").
        private static bool IsUnit(ReadOnlySpan<char> word) => word is "bn" or "mn" or "tn" or "km" or "kg" or "lb" or "lbs" or "oz" or "ft"
            or "mi" or "gal" or "sq" or "yr" or "yrs" or "hr" or "hrs" or "mins" or "deg" or "pct";

        // A digit right before the word or one space before it ("13.7bn", "6 ft").
        private readonly bool DigitBefore(int start) =>
            start > 0 && (char.IsAsciiDigit(_s[start - 1]) || start > 1 && _s[start - 1] == ' ' && char.IsAsciiDigit(_s[start - 2]));

        private readonly bool AttachesPeriod(ReadOnlySpan<char> word, bool internalDot, bool longSegment, int period)
        {
            // "Darnell Pike, a.k.a. “The Accountant,”": it introduces a name, never ends a sentence.
            if (word is "a.k.a" or "A.K.A") return true;
            if (internalDot) return !longSegment && !SentenceStartsAfter(period, initial: false) // U.S., e.g., Ph.D., a.m. — but not "example.com."
                && !(word is "a.m" or "p.m" && NextWordAfter(period) is { Length: > 0 } next && char.IsUpper(next[0]) && !Abbreviations.FollowsClockTime(next)
                    && !TimeFollows(period + 2 + next.Length))   // ("10:15 a.m. Madrid time")
                // "approved in the U.S. European regulators said", "except the U.S. Canada signed last week": a nationality and its
                // noun, or a country and its verb, open a new sentence (inside one such pairs take a hyphen: "U.S.-Canada talks").
                && !(word is "U.S" or "U.K" or "U.N" or "E.U" && (Abbreviations.IsNationality(NextWordAfter(period)) || Abbreviations.IsCountry(NextWordAfter(period))) && CapitalisedThenLowerCaseAfter(period, plural: false))
                // "signed by Canada and the U.S. Sen. Paul Okonkwo called it …": a title after "the U.S." opens a sentence (inside
                // one, "U.S. Sen. Paul Okonkwo" goes without "the").
                && !(word is "U.S" or "U.K" && WordBefore(period - word.Length) is "the" or "The" && TitleAfter(period))
                // "outside the U.S. Executives told analysts": a word written lower case inside sentences, capitalised, opens one.
                && !(word is not ("a.m" or "p.m") && LowerCaseWordOpensAfter(period, nameMayGoOn: !(word is "U.S" or "U.K" && PlaceOfEventBefore(period - word.Length))))
                && !StateEndsSentence(word, period);
            // "412 W. Third St.": a compass point after a house number belongs to the street's name.
            if (word is "N" or "S" or "E" or "W" && AfterHouseNumber(period - 1)) return true;
            // Initials ("George W. Bush"); but a letter that names a gate, a plan or a vitamin ("moved to Terminal C. Airport
            // officials said") ends the sentence before a capitalised word and a lower-case one, and so does a letter after a
            // lower-case word ("the account on X. Anonymous tips"), before a word written lower case.
            if (word.Length == 1 && CharClass.IsUpper(word[0]))
                return !SentenceStartsAfter(period, initial: true)
                    && !((LetterLabelBefore(period) || InitialsNamedBefore(period)) && CapitalisedThenLowerCaseAfter(period, plural: false))
                    // "the entry from Section C. Section A finished second": the label again opens the next sentence.
                    && !(LetterLabelBefore(period) && LabelRepeatsAfter(period))
                    && !(PlainWordBefore(period - 1) && LowerCaseWordOpensAfter(period));
            switch (Abbreviations.KindOf(word))
            {
                case AbbreviationKind.General:
                    // "in Feb. Economists said": a month or day is followed by a number unless the sentence ends;
                    // and nobody quotes a date: "A Raisin in the Sun." ends a title and, here, the sentence.
                    if (Abbreviations.IsDateAbbreviation(word)
                        && (CapitalisedWordAfter(period) || period + 1 < _s.Length && CharClass.IsCloser(_s[period + 1]))) return false;
                    // "gas, etc. Tenants in …": a list's "etc." is not followed by a name. "Norvale Inc. Analysts said",
                    // "the Transportation Dept. Detours will": after the end of an organisation's name, a capitalised word
                    // with a lower-case one after it opens a sentence ("Acme Inc. Chief Executive" does not; nor, after
                    // other abbreviations, a name: "former St. Thomas residents", nor after "Bros.", which runs on into
                    // names: "Warner Bros. Pictures said"). "Co." may be a county ("Co. Durham police"): there only a plural does.
                    if (word is "etc" ? CapitalisedWordAfter(period)
                        : word is "Inc" or "Corp" or "Cos" or "Ltd" or "Bhd" or "Dept" or "Assn" or "Govt" or "Univ" or "Inst" ? CapitalisedThenLowerCaseAfter(period, plural: false)
                        : word is "Co" && CapitalisedThenLowerCaseAfter(period, plural: true)) return false;
                    // "developed by Parkeasy Ltd. iOS users reported …", "formerly of Brightline Co. Moss replaces …": after a
                    // company's legal form, a brand written in lower case or a surname the story has given in full opens a sentence.
                    // So does a person's name set off by a comma ("Halvern Logistics Inc. Marta Okafor, its chief executive, said").
                    if (word is "Inc" or "Corp" or "Cos" or "Co" or "Ltd" or "Bhd" or "Pte" or "LLC"
                        && (CamelCaseWordAfter(period) || SurnameGivenBefore(period) || NameAndCommaAfter(period)))
                        return false;
                    // "at 410 Harbor St. Renovations there are …", "in Sacramento, Calif. Residents say": as after "U.S." above.
                    // ("St." after a street's name only: "in St. Cloud police said" is a saint's; no "Co." or "Bros.", which
                    // run on into names.)
                    if (word is not ("Co" or "Bros") && (word is not "St" || StreetNameBefore(period)) && LowerCaseWordOpensAfter(period)) return false;
                    if (StateEndsSentence(word, period)) return false;
                    // "borrowing was £13.7bn. Economists had expected …": a unit after its figure ends the sentence before a capital.
                    if (IsUnit(word) && DigitBefore(period - word.Length) && CapitalisedWordAfter(period)) return false;
                    // "named for the Rev. Samuel T. Greene Jr. Greene led …": news calls a person by the surname the second time.
                    if (word is "Jr" && NextWordAfter(period) is { Length: > 1 } surname && surname.SequenceEqual(WordBefore(period - word.Length))) return false;
                    return !SentenceStartsAfter(period, initial: false);
                case AbbreviationKind.Title:
                    return true;
                case AbbreviationKind.BeforeNumber:
                    int k = period + 1;
                    while (k < _s.Length && k <= period + 3 && CharClass.IsWhiteSpace(_s[k])) k++;
                    return k > period + 1 && k < _s.Length && CharClass.IsDigit(_s[k]);
                default:
                    return IsUnitAfterNumber(word, period);
            }
        }

        /// <summary>
        /// "14 in. of snow", "6 ft. tall", "2 tbsp. olive oil": a unit abbreviated after a number, with the sentence running on in lower case.
        /// ("in" is no abbreviation anywhere else.)
        /// </summary>
        private readonly bool IsUnitAfterNumber(ReadOnlySpan<char> word, int period)
        {
            var s = _s;
            int start = period - word.Length;
            return start >= 2 && s[start - 1] == ' ' && CharClass.IsDigit(s[start - 2])
                && period + 2 < s.Length && s[period + 1] == ' ' && CharClass.IsLower(s[period + 2])
                && word is "in" or "ft" or "yd" or "mi" or "km" or "cm" or "mm" or "kg" or "oz" or "lb" or "lbs" or "gal" or "qt" or "pt" or "tbsp" or "tbs" or "tsp" or "doz" or "sq" or "hr" or "hrs" or "min" or "mins" or "sec" or "secs" or "yr" or "yrs" or "pct" or "deg";
        }

        /// <summary>
        /// True when a new sentence evidently starts after the period at <paramref name="period"/>: the text
        /// ends, a line break follows, or a common sentence starter ("The", "He", "But") comes next.
        /// Looks at most a few characters ahead, so the scan stays linear.
        /// </summary>
        private readonly bool SentenceStartsAfter(int period, bool initial)
        {
            var s = _s;
            int k = period + 1;
            if (k < s.Length && !CharClass.IsWhiteSpace(s[k])) return false;
            int limit = Math.Min(s.Length, k + 8);
            bool newline = false;
            while (k < limit && CharClass.IsWhiteSpace(s[k])) { newline |= s[k] == '\n'; k++; }
            if (k >= s.Length) return !initial;
            if (newline && !initial) return true;
            if (k < s.Length && s[k] is '"' or '\u201C' or '(') k++;
            int w = k;
            while (w < s.Length && w - k < 13 && CharClass.IsLetter(s[w])) w++;
            if (w == k || w - k > 12 || !CharClass.IsUpper(s[k])) return false;
            if (initial && w - k == 1) return false;
            return Abbreviations.IsSentenceStarter(s[k..w]);
        }

        /// <summary>The letters of the word one space after the period, if one follows there (the first 16 of a longer word).</summary>
        private readonly ReadOnlySpan<char> NextWordAfter(int period)
        {
            var s = _s;
            int k = period + 2;
            if (k >= s.Length || s[period + 1] != ' ') return default;
            int w = k;
            while (w < s.Length && w - k < 16 && CharClass.IsLetter(s[w])) w++;
            return s[k..w];
        }

        /// <summary>True when the word before the letter ending at <paramref name="period"/> is a noun that letters label ("Terminal C", "Plan B", "vitamin D").</summary>
        private readonly bool LetterLabelBefore(int period) => WordBefore(period - 1) is { Length: > 0 } label && Abbreviations.IsLetterLabel(label);

        // The word before the letter ("Section" of "Section C.") is the next word too.
        private readonly bool LabelRepeatsAfter(int period)
        {
            var label = WordBefore(period - 1);
            return label.Length > 1 && NextWordAfter(period).SequenceEqual(label);
        }

        /// <summary>
        /// True when the letters ending at <paramref name="period"/> are "the initials T. W.": the word "initials" before a run
        /// of capital letters with periods, which names them rather than a person whose name goes on.
        /// </summary>
        private readonly bool InitialsNamedBefore(int period)
        {
            var s = _s;
            int at = period - 1;   // the letter
            // Back over earlier initials ("T. " before "W."), a few at most: the scan stays linear on a run of "A. A. A. …".
            for (int back = 0; back < 4 && at >= 4 && s[at - 1] == ' ' && s[at - 2] == '.' && CharClass.IsUpper(s[at - 3]) && !CharClass.IsLetter(s[at - 4]); back++) at -= 3;
            return WordBefore(at) is "initials" or "initial";
        }

        /// <summary>
        /// True when the word after the period is one written lower case inside sentences, capitalised ("Executives",
        /// "Renovations"), and a lower-case word other than a preposition or conjunction follows it on the same line
        /// ("Executives told", "Talks with"; not "Forces in Iraq", "Secretary of State").
        /// </summary>
        private readonly bool LowerCaseWordOpensAfter(int period, bool nameMayGoOn = true)
        {
            var s = _s;
            var word = NextWordAfter(period);
            // (The word as written: a plural of such a word may be a name's, "Times" of "The New York Times".)
            if (word.Length < 3 || !CharClass.IsUpper(word[0]) || !Abbreviations.IsLowerCaseWord(word)) return false;
            int k = period + 2 + word.Length;
            if (k + 1 >= s.Length || s[k] != ' ' || !CharClass.IsLower(s[k + 1])) return false;
            int w = k + 1;
            while (w < s.Length && w - k <= 5 && CharClass.IsLetter(s[w])) w++;
            // (Prepositions that go on a name: "Centers for Disease Control", "Ambassador to", "Commission on"; "with" and "from"
            // rarely do: "arrived in the U.S. Talks with officials begin Monday".)
            var after = s[(k + 1)..w];
            // (After "approved in the U.S." no name goes on: "Regulators in Europe are expected to decide".)
            if (!nameMayGoOn) return after is not ("of" or "and" or "or" or "nor");
            return after is not ("of" or "and" or "or" or "nor" or "for" or "to" or "in" or "on" or "at" or "by");
        }

        // "approved in the U.S.", "across the U.K.": the country as where something happened, the phrase ending there.
        private readonly bool PlaceOfEventBefore(int start)
        {
            if (WordBefore(start) is not "the") return false;
            return WordBefore(start - 4) is "in" or "across" or "throughout" or "outside" or "inside" or "into";
        }

        // "Sen." or another title abbreviation right after the period.
        private readonly bool TitleAfter(int period)
        {
            var next = NextWordAfter(period);
            int end = period + 2 + next.Length;
            return next.Length > 0 && end < _s.Length && _s[end] == '.' && Abbreviations.KindOf(next) == AbbreviationKind.Title;
        }

        /// <summary>True when " time" (a whole word) follows at <paramref name="at"/>: a place's clock ("Madrid time").</summary>
        private readonly bool TimeFollows(int at)
        {
            var s = _s;
            return at + 5 <= s.Length && s[at] == ' ' && s.Slice(at + 1, 4) is "time" && (at + 5 == s.Length || !CharClass.IsLetter(s[at + 5]));
        }

        /// <summary>True when a lower-case word ends one space before <paramref name="start"/> (not a name particle: "de", "van").</summary>
        private readonly bool PlainWordBefore(int start)
        {
            var word = WordBefore(start);
            if (word.Length < 2 || word is "de" or "da" or "di" or "du" or "la" or "le" or "al" or "el" or "van" or "von" or "der" or "den" or "del" or "bin" or "ibn" or "dos" or "das") return false;
            foreach (char c in word)
                if (!CharClass.IsLower(c)) return false;
            return true;
        }

        /// <summary>
        /// True when a state ends the sentence: "moved to Nashville, Tenn. Union leaders said". After a city and its comma, a
        /// state inside a sentence takes a second comma ("Camden, N.J., by the end of the year"), so a capitalised word
        /// straight after it opens a new sentence.
        /// </summary>
        private readonly bool StateEndsSentence(ReadOnlySpan<char> word, int period)
        {
            if (!Abbreviations.IsStateAbbreviation(word) || !CapitalisedWordAfter(period)) return false;
            var s = _s;
            int start = period - word.Length;   // the state's first letter: ", " and a capitalised word before it
            if (start < 4 || s[start - 1] != ' ' || s[start - 2] != ',') return false;
            int city = start - 2;
            while (city > 0 && CharClass.IsLetter(s[city - 1]) && start - city < 20) city--;
            return city < start - 2 && CharClass.IsUpper(s[city]);
        }

        /// <summary>
        /// True when two capitalised words and a comma follow the period, the first no word English writes in lower case: a
        /// person's name ("Marta Okafor,"), not a job ("Chief Executive") nor a share class ("Class A,").
        /// </summary>
        private readonly bool NameAndCommaAfter(int period)
        {
            var given = NextWordAfter(period);
            if (given.Length < 2 || !CharClass.IsUpper(given[0]) || Abbreviations.IsLowerCaseWord(given) || Abbreviations.IsSentenceStarter(given)) return false;
            var s = _s;
            int k = period + 2 + given.Length;
            if (k + 2 >= s.Length || s[k] != ' ' || !CharClass.IsUpper(s[k + 1])) return false;
            int w = k + 2;
            while (w < s.Length && w - k <= 16 && CharClass.IsLower(s[w])) w++;
            return w > k + 2 && w < s.Length && s[w] == ',';
        }

        /// <summary>True when the word one space after the period is a brand written with a lower-case first letter ("iOS", "eBay").</summary>
        private readonly bool CamelCaseWordAfter(int period)
        {
            var next = NextWordAfter(period);
            return next.Length >= 3 && CharClass.IsLower(next[0]) && CharClass.IsUpper(next[1]);
        }

        /// <summary>
        /// True when the capitalised word one space after the period ends a full name earlier in the text ("Daniel Moss, formerly
        /// of Brightline Co. Moss replaces"): news calls a person by the surname the second time.
        /// </summary>
        private readonly bool SurnameGivenBefore(int period)
        {
            var surname = NextWordAfter(period);
            if (surname.Length < 3 || !CharClass.IsUpper(surname[0]) || period + 2 + surname.Length >= _s.Length || _s[period + 2 + surname.Length] != ' ')
                return false;
            int offset = Math.Max(0, period - 600);
            var before = _s[offset..period];
            for (int from = 0; from < before.Length;)
            {
                int at = before[from..].IndexOf(surname);
                if (at < 0) return false;
                at += from;
                int end = at + surname.Length;
                if ((end == before.Length || !CharClass.IsLetter(before[end])) && WordBefore(offset + at) is { Length: >= 2 } given && CharClass.IsUpper(given[0]))
                    return true;
                from = at + 1;
            }
            return false;
        }

        /// <summary>True when a number ends one space before <paramref name="start"/> ("412 W.").</summary>
        private readonly bool AfterHouseNumber(int start) =>
            start >= 2 && _s[start - 1] == ' ' && CharClass.IsDigit(_s[start - 2]);

        /// <summary>The letters of the word that ends one space before <paramref name="start"/>, if one does (at most 12).</summary>
        private readonly ReadOnlySpan<char> WordBefore(int start)
        {
            var s = _s;
            int end = start - 1;
            if (end < 1 || s[end] != ' ') return default;
            int k = end;
            while (k > 0 && CharClass.IsLetter(s[k - 1]) && end - k < 12) k--;
            return s[k..end];
        }

        /// <summary>True when the word before the "St" ending at <paramref name="period"/> names a street ("Harbor St.", "42nd St."), not a place of a saint ("Mount St. Helens").</summary>
        private readonly bool StreetNameBefore(int period)
        {
            var s = _s;
            int end = period - 3;   // the space before "St"
            if (end < 1 || s[end] != ' ') return false;
            int start = end;
            while (start > 0 && CharClass.IsWordChar(s[start - 1]) && end - start < 12) start--;
            return end > start && (CharClass.IsUpper(s[start]) || CharClass.IsDigit(s[start]))
                && s[start..end] is not ("Mount" or "Fort" or "Port" or "Lake" or "Cape" or "Sault" or "Point" or "Upper" or "Lower");
        }

        /// <summary>
        /// True when a capitalised word follows the period on the same line and a lower-case word follows it ("Work will",
        /// "Analysts said"); with <paramref name="plural"/>, only a word that reads as a plural ("Analysts"; not "Boss").
        /// </summary>
        private readonly bool CapitalisedThenLowerCaseAfter(int period, bool plural)
        {
            var s = _s;
            if (!CapitalisedWordAfter(period)) return false;
            int k = period + 2, w = k + 1;
            while (w < s.Length && w - k < 16 && CharClass.IsLower(s[w])) w++;
            if (plural && (w - k < 4 || s[w - 1] != 's' || s[w - 2] == 's')) return false;
            return w + 1 < s.Length && s[w] == ' ' && CharClass.IsLower(s[w + 1]);
        }

        /// <summary>True when a capitalised word ("Economists", not "A" or "EU") follows the period on the same line.</summary>
        private readonly bool CapitalisedWordAfter(int period)
        {
            var s = _s;
            int k = period + 1;
            if (k >= s.Length || s[k] != ' ') return false;
            k++;
            return k + 1 < s.Length && CharClass.IsUpper(s[k]) && CharClass.IsLower(s[k + 1]);
        }

        /// <summary>Where a unit glued to a number starts ("5pm" → 1, "35mm" → 2), or 0.</summary>
        private static int UnitStart(ReadOnlySpan<char> word)
        {
            int d = 0;
            while (d < word.Length && (CharClass.IsDigit(word[d]) || word[d] is '.' or ',' or ':')) d++;
            if (d == 0 || d == word.Length || !CharClass.IsDigit(word[d - 1])) return 0;
            var unit = word[d..];
            foreach (var u in (ReadOnlySpan<string>)["am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "lb", "lbs", "ft", "mph", "gb", "mb", "bn", "b", "x", "hrs", "hr", "min", "ml", "oz"])
                if (unit.Equals(u, StringComparison.OrdinalIgnoreCase)) return d;
            return 0;
        }

        private static bool IsWebDomain(ReadOnlySpan<char> word)
        {
            int dot = word.LastIndexOf('.');
            var tld = word[(dot + 1)..];
            return tld is "com" or "org" or "net" or "edu" or "gov" or "io" or "uk" or "info" or "biz";
        }

        /// <summary>Where UD splits a run-together contraction: "cannot" → "can" "not", "gonna" → "gon" "na", "dont" → "do" "nt".</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int SplitContraction(ReadOnlySpan<char> w)
        {
            // This runs for every word: length, last and first letter rule out nearly all ("the" must not pay for
            // "ive") before a call that compares strings. A non-ASCII first letter goes on (OrdinalIgnoreCase).
            if (w.Length < 2 || w.Length > 8) return 0;
            char first = w[0];
            static bool May(char c, char lower) => (c | 0x20) == lower || c >= 128;
            bool candidate = (w[^1] | 0x20) switch
            {
                'm' => w.Length == 2 && May(first, 'i'),
                'e' => w.Length == 3 && May(first, 'i'),
                's' => w.Length == 5 && (May(first, 't') || May(first, 'w')),
                'a' => w.Length == 5 && (May(first, 'g') || May(first, 'w')),
                't' => w.Length >= 4 && (May(first, 'c') || May(first, 'w') || May(first, 'a')
                    || (w[^2] | 0x20) == 'n' && (May(first, 'd') || May(first, 'i') || May(first, 's') || May(first, 'h'))),
                _ => false,
            };
            return candidate ? ContractionSplit(w) : 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ContractionSplit(ReadOnlySpan<char> w)
        {
            switch (w[^1] | 0x20)
            {
                case 'm':
                    return w.Length == 2 && w.Equals("im", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                case 'e':
                    return w.Length == 3 && w.Equals("ive", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                case 's':
                    return w.Length == 5 && (w.Equals("thats", StringComparison.OrdinalIgnoreCase) || w.Equals("whats", StringComparison.OrdinalIgnoreCase)) ? 4 : 0;
                case 'a':
                    return w.Length == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
                        || w.Equals("gotta", StringComparison.OrdinalIgnoreCase)) ? 3 : 0;
                case 't':
                    if (w.Length == 6 && w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
                    if (w.Length == 4 && w.Equals("wont", StringComparison.Ordinal)) return 2;
                    if (w.Length == 4 && w.Equals("alot", StringComparison.OrdinalIgnoreCase)) return 1;
                    if ((w[^2] | 0x20) != 'n' || w.Length < 4) return 0;
                    // Apostrophe-less negations of auxiliaries: dont, didnt, doesnt, isnt, wasnt, couldnt, ...
                    var stem = w[..^2];
                    foreach (var aux in (ReadOnlySpan<string>)["do", "did", "does", "is", "was", "could", "would", "should", "have", "has", "are", "were", "ca", "had"])
                        if (stem.Equals(aux, StringComparison.OrdinalIgnoreCase)) return stem.Length;
                    return 0;
                default:
                    return 0;
            }
        }

        /// <summary>A URL starting at <paramref name="p"/>: a scheme or "www." up to the end of the chunk, less trailing punctuation.</summary>
        private readonly bool TryUrl(int p, out int end)
        {
            var s = _s[p.._chunkEnd];
            end = 0;
            // Cheap rejection first: this runs for every word starting with h, w, f or m.
            if (s.Length < 5 || (s[1] | 0x20) is not ('t' or 'w' or 'a')) return false;
            int prefix =
                s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 :
                s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 :
                s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6 :
                s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? 7 :
                s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
            if (prefix == 0 || s.Length <= prefix || !CharClass.IsWordChar(s[prefix])) return false;
            int open = 0, close = 0;
            foreach (char ch in s) { if (ch == '(') open++; else if (ch == ')') close++; }
            int e = s.Length;
            while (e > prefix)
            {
                char last = s[e - 1];
                if (last == ')' && close <= open) break; // Wikipedia-style "(disambiguation)" stays
                if (last is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or ')' or ']' or '}' or '>' or '\u2019' or '\u201D' or '\u2026')
                {
                    if (last == ')') close--;
                    e--;
                    continue;
                }
                break;
            }
            end = p + e;
            return true;
        }

        /// <summary>An e-mail address starting at <paramref name="p"/>; remembers failures so retries stay linear.</summary>
        private bool TryEmail(int p, out int end)
        {
            end = 0;
            var s = _s;
            if (p < _emailBadUntil) return false;
            if (_at < p)
            {
                int a = Math.Max(p, _at + 1);
                while (a < _chunkEnd && s[a] != '@') a++;
                _at = a;
            }
            if (_at >= _chunkEnd) { _emailBadUntil = _chunkEnd; return false; }
            for (int k = p; k < _at; k++)
            {
                char ch = s[k];
                if (!(CharClass.IsWordChar(ch) || ch is '.' or '_' or '%' or '+' or '-' or '\''))
                {
                    _emailBadUntil = k + 1;
                    return false;
                }
            }
            int d = _at + 1, dots = 0, lastGood = -1;
            bool allUpper = true;
            while (d < _chunkEnd)
            {
                char ch = s[d];
                if (CharClass.IsWordChar(ch)) { lastGood = d; if (!CharClass.IsUpper(ch)) allUpper = false; }
                else if (ch == '.' && d > _at + 1 && s[d - 1] != '.') dots++;
                else if (ch != '-') break;
                d++;
            }
            if (lastGood < 0 || (dots == 0 && !(allUpper && lastGood - _at >= 2)))
            {
                _emailBadUntil = _at + 1;
                return false;
            }
            end = lastGood + 1;
            return true;
        }

        /// <summary>A text emoticon standing alone: ":)", ";-)", ":D", ":(", "=)".</summary>
        private readonly bool TryEmoticon(int p, out int end)
        {
            var s = _s;
            end = 0;
            if (s[p] is not (':' or ';' or '=')) return false;
            int k = p + 1;
            if (k < _chunkEnd && s[k] is '-' or '\'') k++;
            if (k >= _chunkEnd || s[k] is not (')' or '(' or 'D' or 'P' or 'p' or '/' or '|' or ']' or '[')) return false;
            k++;
            if (k < _chunkEnd && CharClass.IsWordChar(s[k])) return false;
            end = k;
            return true;
        }
    }
}
