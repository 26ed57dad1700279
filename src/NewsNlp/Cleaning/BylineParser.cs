namespace NewsNlp.Cleaning;

/// <summary>The fields a page's byline line can carry.</summary>
internal sealed record BylineFields(string? Title, string? Author, string? Source, string? Dateline, string? Date, string? Standfirst);

/// <summary>
/// Reads byline lines: "By NAME[, Source]", date lines ("Published Feb. 6, 2025"), and the backslash-separated
/// bylines some sites render ("Title \ Site \ Place \ Author \ Edition \ summary").
/// </summary>
internal static class BylineParser
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    // A small gazetteer for telling a dateline from a person in a byline; positions decide the rest.
    private static readonly string[] Places =
    [
        "washington", "dc", "d.c.", "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia",
        "san antonio", "san diego", "dallas", "austin", "el paso", "san francisco", "seattle", "denver", "boston",
        "miami", "atlanta", "detroit", "baltimore", "new orleans", "las vegas", "portland", "tucson", "albuquerque",
        "sacramento", "laredo", "brownsville", "san juan", "london", "paris", "berlin", "brussels", "rome", "madrid",
        "lisbon", "dublin", "geneva", "vienna", "moscow", "kyiv", "kiev", "warsaw", "istanbul", "ankara", "athens",
        "cairo", "beirut", "jerusalem", "tel aviv", "gaza", "tehran", "baghdad", "dubai", "riyadh", "doha",
        "new delhi", "mumbai", "karachi", "islamabad", "kabul", "beijing", "shanghai", "hong kong", "tokyo", "seoul",
        "taipei", "manila", "jakarta", "bangkok", "singapore", "sydney", "melbourne", "auckland", "toronto",
        "ottawa", "montreal", "vancouver", "mexico city", "tijuana", "ciudad juarez", "monterrey", "guadalajara",
        "havana", "bogota", "caracas", "lima", "santiago", "buenos aires", "sao paulo", "rio de janeiro",
        "nairobi", "lagos", "johannesburg", "cape town", "addis ababa", "united nations", "the hague",
        "texas", "california", "arizona", "new mexico", "florida", "illinois", "ohio", "michigan", "georgia",
        "virginia", "new jersey", "pennsylvania", "massachusetts", "colorado", "oregon", "nevada", "utah",
    ];

    // Labels a byline's name follows.
    private static readonly string[] BylineLabels =
    [
        "author:", "written by ", "story by ", "words by ", "match report by ", "report by ", "interview by ", "by: ",
        "story and photos by ", "words and photos by ", "text and photos by ",
    ];

    private static readonly string[] JobTitles = ["staff writer", "staff reporter", "correspondent", "reporter", "editor", "contributor", "columnist"];

    /// <summary>Parses "Title \ Site \ Place \ Author \ Edition \ summary"; false unless the line has 3+ backslash fields.</summary>
    public static bool TryParseBackslashLine(ReadOnlySpan<char> line, out BylineFields fields)
    {
        fields = null!;
        if (line.Length > 4000) return false;
        int separators = 0;
        for (int i = 1; i + 1 < line.Length; i++)
            if (line[i] == '\\' && line[i - 1] == ' ' && line[i + 1] == ' ') separators++;
        if (separators < 2) return false;

        var parts = new List<string>();
        foreach (var range in line.Split('\\'))
            parts.Add(line[range].Trim().ToString());
        string? title = LineFeatures.Of(parts[0]).Words is >= 2 and <= 25 ? parts[0] : null;
        string? author = null, source = null, dateline = null, date = null, standfirst = null;
        var unresolved = new List<string>();
        for (int k = 1; k < parts.Count; k++)
        {
            string f = parts[k];
            if (f.Length == 0) continue;
            var features = LineFeatures.Of(f);
            if (features.Words > 12) standfirst ??= f;
            else if (ChromeLexicon.FoldedStartsWith(f, "by ")) author ??= f[3..].Trim();
            else if (ChromeLexicon.FoldedContains(f, "edition")) { }
            else if (TryParseDate(f, out var d)) date ??= d;
            else if (IsPlace(f)) dateline ??= f;
            else unresolved.Add(f);
        }
        // Sites that use this layout order it site, place, author: fill the open roles in that order.
        foreach (var f in unresolved)
        {
            if (source is null) source = f;
            else if (dateline is null && author is not null) dateline = f;
            else if (author is null && LooksLikePersonName(f)) author = f;
            else if (dateline is null) dateline = f;
        }
        fields = new BylineFields(title, author, source, dateline, date, standfirst);
        return true;
    }

    /// <summary>Parses "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Feb. 6, 2025".</summary>
    public static bool TryParseByLine(ReadOnlySpan<char> line, out BylineFields fields)
    {
        fields = null!;
        line = line.Trim();
        // "Posted on May 14, 2025 by Mike Delgado": a date, then who wrote it.
        int byAt = line.IndexOf(" by ", StringComparison.Ordinal);
        if (byAt > 0 && TryParseDate(line[..byAt], out var posted) && LooksLikePersonName(line[(byAt + 4)..].Trim()))
        {
            fields = new BylineFields(null, line[(byAt + 4)..].Trim().ToString(), null, null, posted, null);
            return true;
        }
        // "March 3, 2025 By Theo Marchetti, University Communications": a page's date and byline on one line.
        int capitalByAt = line.IndexOf(" By ", StringComparison.Ordinal);
        if (capitalByAt > 0 && TryParseDate(line[..capitalByAt], out var dated) && TryParseByLine(line[(capitalByAt + 1)..], out var byline))
        {
            fields = byline with { Date = byline.Date ?? dated };
            return true;
        }
        // "Marisol Quintero | Published 5:42 AM EST, Tue March 3, 2026": a name and the date, without "By".
        int bar = line.IndexOfAny("|\u2022\u00B7");
        if (bar > 0 && !ChromeLexicon.FoldedStartsWith(line, "by ") && IsBareName(line[..bar].Trim()) && TryParseDate(line[(bar + 1)..].Trim(), out var stamped) && stamped is not null)
        {
            fields = new BylineFields(null, line[..bar].Trim().ToString(), null, null, stamped, null);
            return true;
        }
        bool reporting = ChromeLexicon.FoldedStartsWith(line, "reporting by ") || ChromeLexicon.FoldedStartsWith(line, "(reporting by ");
        // "Author: Carla Jimenez", "Written by Carla Jimenez", "Story and photos by …": labelled bylines.
        int labelled = 0;
        foreach (var label in BylineLabels)
            if (ChromeLexicon.FoldedStartsWith(line, label)) { labelled = label.Length; break; }
        if (!reporting && labelled == 0 && !ChromeLexicon.FoldedStartsWith(line, "by "))
            return TryParseNameAndJob(line, out fields);
        if (line.Length > 160) return false;
        var rest = (labelled > 0 ? line[labelled..] : line[(line.IndexOf("by ", StringComparison.OrdinalIgnoreCase) + 3)..]).Trim();
        if (rest.Length == 0 || !char.IsUpper(rest[0])) return false;
        if (reporting)
        {
            // "(Reporting by Jane Doe in Chicago; Editing by John Roe)": the reporter only.
            int stop = rest.IndexOfAny(";)");
            if (stop >= 0) rest = rest[..stop];
            // Each reporter without where they were: "Tomas Reiner in Orsek and Ilse Varga in Brenn".
            var reporters = new List<string>();
            foreach (var range in rest.Split(" and "))
            {
                var reporter = rest[range];
                int inPlace = reporter.IndexOf(" in ", StringComparison.Ordinal);
                if (inPlace > 0) reporter = reporter[..inPlace];
                if (reporter.Trim().Length > 0) reporters.Add(reporter.Trim().ToString());
            }
            fields = new BylineFields(null, string.Join(" and ", reporters), null, null, null, null);
            return true;
        }
        string? author = null, source = null, date = null;
        // "By Tobias Renner March 2, 2026 at 6:00 a.m. EST": a byline box's name and date, read as one line.
        if (DateAfterName(rest, out date) is int dateAt) rest = rest[..dateAt].TrimEnd(" ,".AsSpan());
        if (LineFeatures.Of(rest).Words > 12) return false;

        foreach (var range in rest.SplitAny("|\u2022\u00B7"))
        {
            var part = rest[range].Trim();
            if (part.Length == 0) continue;
            if (author is not null) { ReadBylinePart(part, ref source, ref date); continue; }
            // "Jane Doe, Reuters": the name, then what the rest of the part says; "Priya Raman, Health Correspondent and Tom
            // Whitcombe": a second name after the first one's job.
            int comma = part.IndexOf(',');
            author = (comma < 0 ? part : part[..comma]).Trim().ToString();
            if (comma >= 0)
            {
                var after = part[(comma + 1)..].Trim();
                int and = after.LastIndexOf(" and ", StringComparison.Ordinal);
                if (and > 0 && NamesJob(after[..and]) && after[(and + 5)..].Trim() is var second && LineFeatures.Of(second).Words is 2 or 3
                    && LooksLikePersonName(second))
                    author += " and " + second.ToString();
                else ReadBylinePart(after, ref source, ref date);
            }
        }
        // "By Cedar Hollow Now Staff", "By Herald Staff Reports": the paper's staff, no person.
        if (author is not null && (ChromeLexicon.FoldedEndsWith(author, " staff") || ChromeLexicon.FoldedEndsWith(author, " staff reports")))
        {
            fields = new BylineFields(null, null, source ?? author[..author.LastIndexOf(" staff", StringComparison.OrdinalIgnoreCase)], null, date, null);
            return true;
        }
        // "Callum Byrne at Marlow Lane": where the reporter was.
        if (author is not null && author.IndexOf(" at ", StringComparison.Ordinal) is > 3 and var at) author = author[..at];
        if (author is not null && !LooksLikePersonName(author)) author = NameBeforeJobTitle(author);
        // "By Dana Kowalczyk Staff Writer": the name without the job title after it.
        if (author is not null)
            foreach (var t in JobTitles)
                if (author.Length > t.Length + 4 && ChromeLexicon.FoldedEndsWith(author, " " + t)) { author = author[..^(t.Length + 1)].TrimEnd(); break; }
        // "Priya Natarajan (KVLT)": the station or paper in brackets after the name.
        if (author is not null && author.EndsWith(')') && author.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var bracket)
        {
            source ??= author[(bracket + 2)..^1];
            author = author[..bracket];
        }
        // "ANOUK DELVAUX Meridian Press", "HAROLD BEEMAN Courier" (its "Staff Writer" gone): a name in capitals, then the
        // agency or the paper in ordinary case.
        if (author is not null && CapitalsNameEnd(author) is int capitalsEnd)
        {
            source ??= author[capitalsEnd..].Trim();
            author = author[..capitalsEnd].TrimEnd();
        }
        if (author is null || !LooksLikePersonName(author)) return false;
        fields = new BylineFields(null, author, source, null, date, null);
        return true;
    }

    // Where a date starts after the first word of a byline's name ("Tobias Renner March 2, 2026 …", "Priya Natarajan (KVLT)
    // Published: 5:47 PM CST March 3, 2026"), and the date: the first later word that is a month's or a weekday's name or a
    // date's label and opens a date to the end of the line; null when none does.
    private static int? DateAfterName(ReadOnlySpan<char> rest, out string? date)
    {
        date = null;
        int space = rest.IndexOf(' ');
        while (space > 0)
        {
            int start = space + 1;
            int end = rest[start..].IndexOf(' ');
            var word = (end < 0 ? rest[start..] : rest.Slice(start, end)).TrimEnd(".,:".AsSpan());
            if (word.Length > 0 && (char.IsUpper(word[0]) && (IsMonth(word) || IsWeekday(word) || word is "Published" or "Updated" or "Posted")
                    || DayBeforeMonth(word, end < 0 ? [] : rest[(start + end + 1)..]))
                && TryParseDate(rest[start..], out date)) return start;
            space = end < 0 ? -1 : start + end;
        }
        return null;
    }

    // "3 March 2026": a day's number before a month's name.
    private static bool DayBeforeMonth(ReadOnlySpan<char> word, ReadOnlySpan<char> after)
    {
        if (word.Length is < 1 or > 2 || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1])) return false;
        int space = after.IndexOf(' ');
        return IsMonth((space < 0 ? after : after[..space]).TrimEnd(".,".AsSpan()));
    }

    /// <summary>A name without the date a byline box printed after it ("Rosalind Achterberg Oct 3, 2024"), and that date, or null.</summary>
    public static string WithoutDate(string text, out string? date) =>
        DateAfterName(text, out date) is int at ? text[..at].TrimEnd(' ', ',') : text;

    // The end of a name of two or more words in capitals followed by words in ordinary case ("ANOUK DELVAUX Meridian Press"),
    // or null: not before a generational suffix ("JOHN REYES Jr.") nor when any later word is not capitalised.
    private static int? CapitalsNameEnd(string author)
    {
        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int capitals = 0;
        while (capitals < words.Length && IsCapitalsWord(words[capitals])) capitals++;
        if (capitals < 2 || capitals == words.Length || Tokenization.Abbreviations.IsGenerationalSuffix(words[capitals])) return null;
        for (int k = capitals; k < words.Length; k++)
            if (!(words[k].Length > 1 && char.IsUpper(words[k][0]) && IsOrdinaryCase(words[k]))) return null;
        return author.IndexOf(words[capitals], StringComparison.Ordinal);

        static bool IsCapitalsWord(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);
        static bool IsOrdinaryCase(string word) => !word.AsSpan(1).ContainsAny("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    // "Rhys Calloway Environment correspondent" (a page's byline box read as one line): the capitalised words before the
    // job title, less the one that qualifies it.
    private static string? NameBeforeJobTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int run = 0;
        while (run < words.Length && run < 5 && char.IsUpper(words[run][0])) run++;
        if (run < 3 || run >= words.Length) return null;
        foreach (var t in JobTitles)
            if (ChromeLexicon.FoldedStartsWith(string.Join(' ', words, run, words.Length - run), t))
                return string.Join(' ', words, 0, run - 1);
        return null;
    }

    /// <summary>A name and a job title with nothing between them ("Eleanor Pryce Education correspondent"): the name.</summary>
    public static bool TryParseNameThenJob(ReadOnlySpan<char> line, out string? author)
    {
        author = null;
        line = line.Trim();
        if (line.Length > 70 || line.IndexOfAny("0123456789,|.") >= 0 || LineFeatures.Of(line).Words > 6) return false;
        author = NameBeforeJobTitle(line.ToString());
        return author is not null && LooksLikePersonName(author);
    }

    // "Daniel Osei, Staff Writer", "Priya Ramaswamy | Health Correspondent", "Ana Ruiz · Senior Editor", "Ana Ruiz and Joel Marsh, Staff Writers": a
    // person's name (the first of two) and a reporter's job title, with no "By".
    private static bool TryParseNameAndJob(ReadOnlySpan<char> line, out BylineFields fields)
    {
        fields = null!;
        int comma = line.IndexOfAny(",|\u00B7/");
        if (comma <= 0 || line.Length > 90) return false;
        var name = line[..comma].Trim();
        var job = line[(comma + 1)..].Trim();
        int and = name.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0) name = name[..and];
        if (!LooksLikePersonName(name.ToString()) || LineFeatures.Of(name).Words is < 2 or > 4) return false;
        if (LineFeatures.Of(job).Words <= 4 && NamesJob(job))
        {
            fields = new BylineFields(null, name.ToString(), null, null, null, null);
            return true;
        }
        // "Marc-André Leblanc · DBC News", "Anirudh Kulkarni / ICN / Updated: Apr 23, 2024": the name, then the outlet, perhaps
        // the date.
        int next = job.IndexOfAny(",|\u00B7/");
        var outlet = (next < 0 ? job : job[..next]).Trim();
        var after = next < 0 ? default : job[(next + 1)..].Trim();
        bool outletLike = LineFeatures.Of(outlet) is { Words: >= 1 and <= 4, EndsWithSentencePunctuation: false } f && (f.TitleCaseRatio >= 0.99 || f.AllUpperCase)
            && outlet.IndexOfAny("0123456789") < 0;
        if (!outletLike) return false;
        string? date = null;
        bool dated = !after.IsEmpty && TryParseDate(after, out date);
        if (!dated && !IsOutletName(outlet)) return false;
        fields = new BylineFields(null, name.ToString(), outlet.ToString(), null, date, null);
        return true;
    }

    // "DBC News", "Maple Wire Service": words that end the names of news agencies and broadcasters.
    private static bool IsAgencyName(ReadOnlySpan<char> name) =>
        ChromeLexicon.FoldedEndsWith(name, " news") || ChromeLexicon.FoldedEndsWith(name, " press") || ChromeLexicon.FoldedEndsWith(name, " wire")
        || ChromeLexicon.FoldedEndsWith(name, " service") || ChromeLexicon.FoldedEndsWith(name, " agency");

    // An agency's name or another outlet's after a byline's slash or dot ("Harbor Media", "Press Trust of India").
    private static bool IsOutletName(ReadOnlySpan<char> name) =>
        IsAgencyName(name) || ChromeLexicon.FoldedEndsWith(name, " media") || ChromeLexicon.FoldedStartsWith(name, "press trust");

    // "Staff Writer", "Senior Editor", "Health Correspondent": a reporter's job title, at the start or as a later word.
    private static bool NamesJob(ReadOnlySpan<char> text)
    {
        foreach (var t in JobTitles)
            if (ChromeLexicon.FoldedStartsWith(text, t) || ChromeLexicon.FoldedContains(text, " " + t)) return true;
        return false;
    }

    // One "|"-separated part of a byline after the name: a date, a publisher, or a job title (ignored).
    private static void ReadBylinePart(ReadOnlySpan<char> part, ref string? source, ref string? date)
    {
        if (part.Length == 0) return;
        if (TryParseDate(part, out var d)) { date ??= d; return; }
        foreach (var t in JobTitles)
            if (ChromeLexicon.FoldedContains(part, t)) return;
        if (source is null && char.IsUpper(part[0]) && LineFeatures.Of(part).Words <= 4) source = part.ToString();
    }

    /// <summary>
    /// True for a line that is only a date, possibly labelled: "Feb. 6, 2025", "Published: 6 February 2025 10:30 ET",
    /// "Updated 2025-02-06". <paramref name="date"/> is the date as written, label removed.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> line, out string? date)
    {
        date = null;
        line = line.Trim();
        // ("Updated March 5, 2025 at 9:14 a.m. PST | Published March 4, 2025 at 11:02 p.m. PST": two dates run longer.)
        int separator = line.IndexOfAny("\u00B7\u2022|");
        if (line.Length == 0 || line.Length > (separator > 0 ? 120 : 80)) return false;
        // "Mon, May 5, 2025 at 3:18 AM PDT · 4 min read", "February 25, 2025 · Updated Feb. 26, 2025": the date is the first part.
        // ("Explainer | 6 min read | 14 May 2025": or a later part.)
        if (separator > 0)
        {
            foreach (var range in line.SplitAny("\u00B7\u2022|"))
                if (TryParseDate(line[range].Trim(), out date)) return true;
            return false;
        }
        // "April 17, 2024 at 7:02 p.m. Updated April 18, 2024 at 9:15 a.m.", "Published: 5:47 PM CST March 3, 2026 Updated: 8:12 PM
        // CST March 3, 2026", "Posted Thu 5 Mar 2026 at 4:12pm, updated Thu 5 Mar 2026 at 6:40pm": the date, then its update,
        // without a separator.
        int updated = line.IndexOf(" updated", StringComparison.OrdinalIgnoreCase);
        if (updated > 0 && updated + 9 < line.Length && line[updated + 8] is ' ' or ':') return TryParseDate(line[..updated].TrimEnd(" \u2013\u2014-/,".AsSpan()), out date) && TryParseDate(line[(updated + 1)..], out _);
        foreach (var label in (ReadOnlySpan<string>)["published on", "published", "updated on", "updated", "posted on", "posted", "last updated on", "last updated",
            "last modified on", "last modified", "first published on", "first published", "date"])
        {
            if (ChromeLexicon.FoldedStartsWith(line, label) && line.Length > label.Length && !char.IsLetter(line[label.Length]))
            {
                line = line[label.Length..].TrimStart(" :\u2013\u2014-".AsSpan());
                break;
            }
        }
        if (line.Length == 0) return false;
        // "Updated 2 hours ago", "3 days ago": a relative date, as pages print it.
        if (ChromeLexicon.FoldedEndsWith(line, " ago") && line.Length <= 40)
        {
            var amount = line[..^4].Trim();
            int lastSpace = amount.LastIndexOf(' ');
            var unit = lastSpace < 0 ? amount : amount[(lastSpace + 1)..];
            if (unit is "minute" or "minutes" or "hour" or "hours" or "day" or "days" or "week" or "weeks" or "mins" or "hrs" or "min" or "hr")
            {
                date = line.ToString();
                return true;
            }
        }
        int words = 0, digits = 0, otherWords = 0;
        bool month = false, year = false;
        foreach (var range in line.SplitAny(" ,"))
        {
            var w = line[range].Trim('.');
            if (w.Length == 0) continue;
            words++;
            if (IsMonth(w)) { month = true; continue; }
            int d = 0;
            foreach (char c in w) if (char.IsDigit(c)) d++;
            // (A year is four digits alone, 1900-2099, or opens an ISO date: not "+18.25" or "(-12.14%)" of a market widget.)
            if (d > 0) { digits++; if (IsYear(w) || (w.Length == 10 && w[4] == '-' && IsYear(w[..4])) || NumericDate(w)) year = true; continue; }
            if (w.Length <= 3 || IsWeekday(w) || w is "a.m" or "p.m" or "AM" or "PM" or "ET" or "EST" or "GMT" or "UTC" or "at") continue;
            otherWords++;
        }
        if (words > 10 || otherWords > 1 || digits == 0 || !(month || year)) return false;
        // A year beside a name is no date: "Asia Cup 2025" (but "2025-03-04", "March 2025").
        if (!month && otherWords > 0 && digits < 2) return false;
        date = line.ToString();
        return true;
    }

    // "05/05/2025", "14.05.2025": day, month and year in figures.
    private static bool NumericDate(ReadOnlySpan<char> word)
    {
        int last = word.LastIndexOfAny('/', '.');
        return last is >= 3 and <= 5 && IsYear(word[(last + 1)..]) && word[..last].IndexOfAnyExcept("0123456789/.") < 0;
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && word.IndexOfAnyExceptInRange('0', '9') < 0 && word[0] is '1' or '2' && (word[0] == '2' ? word[1] == '0' : word[1] == '9');

    /// <summary>True when <paramref name="field"/> names a place in the small gazetteer ("Washington DC", "El Paso, Texas").</summary>
    public static bool IsPlace(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        foreach (var place in Places)
        {
            if (!ChromeLexicon.FoldedStartsWith(field, place)) continue;
            if (field.Length == place.Length || field[place.Length] is ' ' or ',') return true;
        }
        return false;
    }

    /// <summary>
    /// A line that is only a person's name, as a byline box prints it ("Ananya Rao"), when the line after it is a date, a
    /// reporter's job title ("Staff Writer") or an agency's name ("Maple Wire Service"): the name.
    /// </summary>
    public static bool TryParseBareName(ReadOnlySpan<char> line, ReadOnlySpan<char> next, out string? author)
    {
        author = null;
        line = line.Trim();
        // ("Priya Raman and Marcus Ebbeson": two names, each as one would be alone.)
        int and = line.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0 && !(IsBareName(line[..and]) && IsBareName(line[(and + 5)..]))) return false;
        if (and < 0 && !IsBareName(line)) return false;
        next = next.Trim();
        bool job = NamesJob(next);
        // (Not a section label in capitals, "LOCAL NEWS".)
        bool agency = LineFeatures.Of(next) is { Words: >= 2 and <= 4, TitleCaseRatio: >= 0.99, EndsWithSentencePunctuation: false, AllUpperCase: false }
            && IsAgencyName(next);
        // ("Katrin Vogel" then "with dpa, WDR": a co-credit; or the reporter's address.)
        bool with = ChromeLexicon.FoldedStartsWith(next, "with ") && LineFeatures.Of(next).Words <= 6;
        bool email = next.IndexOf(' ') < 0 && next.IndexOf('@') > 0;
        // ("Odile Marchetti" then "@odilemarchetti": the writer's handle.)
        bool handle = next.Length > 2 && next[0] == '@' && next.IndexOf(' ') < 0;
        if (!job && !agency && !with && !email && !handle && !TryParseDate(next, out _)) return false;
        author = line.ToString();
        return true;
    }

    // Two or three capitalised words, each ending in a lower-case letter ("Ananya Rao"; not "NEWS" or "J."), and not a
    // publication's name ("The Millbrook Sentinel" over the day's date).
    private static bool IsBareName(ReadOnlySpan<char> name)
    {
        if (LineFeatures.Of(name).Words is < 2 or > 3 || name.IndexOfAny("0123456789:|/") >= 0 || !LooksLikePersonName(name)) return false;
        if (name.StartsWith("The ", StringComparison.Ordinal)) return false;
        foreach (var range in name.Split(' '))
            if (name[range].Length < 2 || !char.IsLower(name[range][^1])) return false;
        return true;
    }

    private static bool LooksLikePersonName(ReadOnlySpan<char> name)
    {
        // "Tomas Reiner and Ilse Varga": two names, each as one would be alone.
        int and = name.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0) return LooksLikePersonName(name[..and]) && LooksLikePersonName(name[(and + 5)..]);
        // ("John Reyes Jr.": the suffix's period ends no sentence.)
        int last = name.TrimEnd().LastIndexOf(' ');
        if (last > 0 && Tokenization.Abbreviations.IsGenerationalSuffix(name.TrimEnd()[(last + 1)..])) name = name[..last];
        var f = LineFeatures.Of(name);
        return f.Words is >= 1 and <= 8 && f.TitleCaseRatio >= 0.99 && !f.EndsWithSentencePunctuation;
    }

    /// <summary>True for a month's name or abbreviation ("March", "Mar"), any case.</summary>
    internal static bool IsMonth(ReadOnlySpan<char> word)
    {
        foreach (var m in Months)
            if (ChromeLexicon.FoldedEquals(word, m)) return true;
        return false;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var d in (ReadOnlySpan<string>)["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"])
            if (ChromeLexicon.FoldedEquals(word, d)) return true;
        return false;
    }
}
