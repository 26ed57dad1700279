namespace NewsNlp.Cleaning;

/// <summary>
/// Small lexicons of generic page-chrome phrases (navigation, widgets, share and subscribe prompts) and of
/// the headings that introduce an article's own bullet summary. Matching is case- and diacritic-folded and
/// only ever applied to short lines, so a sentence of the story is never taken for chrome.
/// </summary>
internal static class ChromeLexicon
{
    // Whole lines that are site furniture, whatever the site.
    private static readonly string[] NavigationLines =
    [
        "menu", "home", "search", "skip to content", "skip to main content", "latest", "latest news", "top stories",
        "top story", "trending", "trending now", "most read", "most popular", "popular", "related", "related articles",
        "related stories", "related news", "related content", "recommended", "recommended for you", "read more",
        "read next", "see also", "also read", "you may also like", "you might also like", "more stories", "more news",
        "editor's picks", "editors' picks", "advertisement", "sponsored", "sponsored content", "share", "share this",
        "share this article", "share this story", "tweet", "email", "e-mail", "print", "comments", "comment",
        "leave a comment", "leave a reply", "previous article", "next article", "previous", "next", "previous post",
        "next post", "newer post", "older post", "back to top", "subscribe", "sign in", "log in", "login", "register",
        "newsletter", "newsletters", "sign up", "follow us", "watch", "listen", "video", "photos", "gallery", "close",
        "cookie settings", "accept", "accept all", "tags", "topics", "categories", "log out", "copy link", "facebook",
        "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "about us", "contact us", "privacy policy",
        "email address", "e-mail address", "your email address", "enter your email address", "enter your email", "load more updates",
        "load more", "article content",
        "terms of use", "terms of service", "breaking news", "live", "opinion", "world", "politics", "business",
        "sports", "entertainment", "technology", "health", "science", "weather", "us news", "u.s. news", "sponsor message",
        "view this post on instagram", "view this post on x", "view on instagram", "scroll to continue", "continue reading below",
        "auto-refresh is on", "auto-refresh is off", "newest first", "oldest first", "load more updates", "show more updates",
        "open this photo in gallery", "enlarge this image", "expand image", "view image", "toggle caption", "hide caption",
        "loading", "loading...", "enter email", "enter your email", "enter your email address", "invalid email", "show me",
        "video loading", "video unavailable", "click to play", "tap to play", "play video", "play now", "give now", "donate now", "donate",
        "vote", "view results", "see results", "not now", "no thanks", "maybe later", "turn on alerts",
        "open in app", "open in the app", "continue in app", "register now", "this field is required",
        "required field", "please enter a valid email address", "please enter a valid email", "add to playlist", "play audio",
        "download", "interactive radar", "full forecast", "app store", "google play", "get it on google play",
        // An e-edition reader's buttons.
        "zoom in", "zoom out", "page view", "article view", "previous page", "next page", "today's paper", "on this page:",
        "loading ...", "facebook share", "twitter share", "email share",
    ];

    // Line openings that mark chrome when the line is short.
    private static readonly string[] ChromePrefixes =
    [
        "more on ", "more from ", "more in ", "read more", "related:", "see also", "share on", "share this",
        "follow us", "subscribe to", "subscribe for", "sign up", "click here", "click on a star", "click to ",
        "tap here", "download the", "get the app", "watch:", "listen:", "read:", "advertisement", "copyright",
        "\u00a9", "all rights reserved", "no votes so far", "average rating", "how useful was", "was this article",
        "rate this", "vote count:", "we use cookies", "by continuing to use", "tags:", "topics:", "filed under",
        "posted in", "e-mail to a friend", "email to a friend", "print this", "top stor", "reporting by",
        "(reporting by", "additional reporting by", "editing by", "writing by", "(editing by", "(writing by",
        "this story has been", "this article has been", "story continues", "continue reading", "scroll down for",
        "join the conversation", "sign in to", "log in to", "already a subscriber", "support our journalism",
        "listen to this article", "listen to this story", "also read:", "don't miss", "story continues below",
        "see a spelling", "report a typo", "spotted a typo", "a post shared by", "republish this story", "donate today",
        "this story was co-published", "this article was co-published", "photography by", "gift this article", "read also",
        "this is a developing story", "this story is developing", "check back for updates", "this article is a translation",
        "this article summarizes", "this story was originally", "this article was originally", "this article first appeared",
        "this story first appeared", "a version of this article", "a version of this story", "republish our articles",
        "media contact", "news provided by", "share this article", "comments are moderated", "log in to comment", "sign in to comment",
        "breaking:", "breaking news:", "also read", "the comments below", "do you want to automatically", "view all ",
        "sort by:", "see all ", "share what you think", "what do you think?", "stay in the know", "do you have a story", "buy now", "buy photo",
        "save article", "hide ad", "sign me up", "advertise with", "you must be logged in", "follow related", "purchase licensing rights",
        "acquire licensing rights", "our standards:", "video:", "email this", "type your email", "this article appears in",
        "the video will auto-play", "the video will autoplay", "video will play", "watch live", "this article appeared in",
        "this story appeared in", "read the full fact check", "this is not a scientific poll", "our rating:",
        "this story appears in", "already registered", "already have an account", "listen duration", "powered by ", "rates as of ",
        "estimated monthly payment", "see personalized rates", "this live blog has ended", "this live blog is now closed",
        "this live blog is closed", "this live coverage has ended", "this interview has been edited", "this interview has been condensed",
        "this conversation has been edited", "this conversation has been condensed", "this transcript has been edited",
        // An opinion page's disclaimer ("This column represents the views of the author and not necessarily those of …").
        "this column represents the views", "this column reflects the views", "the views expressed in this", "the opinions expressed in this",
        "views expressed in this column", "views expressed here are",
    ];

    // A call to the reader that ends a short line whatever its stop ("Get weekly analysis. Sign up here.").
    private static readonly string[] CallsToAction =
    [
        // A newsletter box's states ("Thanks for signing up!", "A welcome email is on its way …") and an advertisement's
        // placeholder ("This advertisement has not loaded yet, but your article continues below.").
        "thanks for signing up", "welcome email is on its way", "check your junk folder", "issue signing you up",
        "interested in more newsletters", "get the latest headlines", "advertisement has not loaded", "your article continues below",
        "sign up here", "sign up now", "subscribe now", "subscribe today", "never miss a story", "never miss a deal", "never miss an update",
        "get the newsletter", "get our newsletter", "join the discussion", "donate today", "relies on readers like you", "support our work",
        "support our journalism", "depends on readers like you", "support independent journalism", "support independent local news",
        "support independent news", "republish our articles", "subscribe to our", "in your inbox", "requires a subscription",
        // (Phrases a story's own sentence would not use: "a letter to the editor" and "to become a member" may be news.)
        "straight to your inbox", "delivered to your inbox", "direct to your inbox", "whatsapp channel", "telegram channel",
        "directly to your phone", "straight to your phone", "breaking news alerts", "thank you for subscribing", "thanks for subscribing",
        "submit a letter to the editor", "write a letter to the editor", "thanks for reading", "become a member from", "become a member today",
        "become a subscriber", "become a supporter", "support local journalism", "support local news", "try premium", "unlock our",
        "unlock full access", "start your free trial", "start a free trial", "reader-supported publication", "support my work",
        "free or paid subscriber", "free articles remaining", "free articles left", "free article remaining", "free stories remaining",
        "free stories left", "your last free article", "subscribe for unlimited access", "your support keeps", "is a nonprofit newsroom",
        "subscribe to save articles", "unlimited digital access", "search obituaries", "browse obituaries", "find an obituary",
        "download the app", "on the app store", "on google play", "licensed under a creative commons", "under a creative commons license",
        // A registration wall's meter and an app's alert prompt ("You've read 2 of 3 free articles this month", "Get breaking
        // business news alerts", "Turn on notifications in the … app").
        "free articles this month", "free article this month", "get unlimited access", "register for free", "get breaking ",
        "turn on notifications", "download our free app", "download our app", "tap for details", "click for details", "tap for more details",
        "news delivered daily", "delivered daily!",
    ];

    // Phrases that betray a widget anywhere in a short line.
    private static readonly string[] ChromeFragments =
    [
        "rate this article", "rate it!", "vote count:", "no votes so far", "newsletter", "subscribe", "cookie",
        "all rights reserved", "share this", "be the first to", "sign up for", "follow us on", "click here", "ad feedback",
        "delivered to your inbox", "learn more",
    ];

    // The publication asking its readers for tips or stories ("Got a story? Email us at …"): an appeal only with a way to
    // reach it (an e-mail address or a phone number), so a quotation's "tell us" stays.
    private static readonly string[] AppealPhrases =
    [
        "email us", "e-mail us", "contact us", "send us", "get in touch", "news tip", "got a story", "got a tip",
        "have a tip", "tell us", "let us know", "whatsapp us", "text us", "call us", "our newsroom", "share your",
        "contact our reporters", "contact our newsroom", "our newsdesk", "send it to", "want us to", "have a story",
        "send a letter", "send your letter",
    ];

    // Openings of a question put to the reader before such an appeal ("Have you spotted swifts this year? Share your …").
    private static readonly string[] ReaderQuestions = ["have you ", "do you ", "did you ", "are you ", "were you ", "got a ", "have a "];

    // A shop's affiliate disclosure ("We may earn a commission when you buy through links on our site").
    private static readonly string[] AffiliateDisclosures =
    [
        "earn a commission", "earns a commission", "earn an affiliate commission", "affiliate links", "affiliate commission",
        "when you buy through links", "when you buy through our links", "products from our partners", "advertiser disclosure",
    ];

    // Lines after which the story is over: related links, rating widgets, comment sections.
    private static readonly string[] TrailerOpenings =
    [
        "more on ", "more from ", "previous article", "next article", "you may also like", "you might also like",
        "how useful was this", "was this article helpful", "about the author", "leave a comment", "leave a reply",
        "join the conversation", "related articles", "related stories", "related article", "related story", "don't miss",
        "how would you rate", "comments (", "reader comments", "readers' comments", "trending on", "most popular", "read next", "most read ", "was this page helpful", "latest from ",
        "was this helpful",
        "related coverage", "related content", "recommended for you", "how we reported this", "how we did this",
        "explore more on", "most viewed", "reuse this content", "did you find this article", "spotted an error", "cite this article",
        "how to cite this", "comments are closed",
    ];

    // The heading of a match report's facts box, which sits inside the report as often as after it.
    private static readonly string[] MatchFactsHeadings = ["line-ups", "lineups", "line-up", "match stats", "match facts"];

    // Whole lines after which the story is over.
    private static readonly string[] TrailerLines =
    [
        "latest news", "latest", "most read", "most popular", "comments", "read next", "more stories", "more news",
        "related", "recommended", "trending", "trending now", "top stories", .. MatchFactsHeadings, "references", "citations",
        "sources", "our sources", "sources and methods",
    ];


    // Headings that introduce a bullet summary block the article carries itself.
    private static readonly string[] SummaryBlockHeadings =
    [
        "quick looks", "quick look", "key points", "key takeaways", "takeaways", "highlights", "story highlights",
        "at a glance", "in brief", "what to know", "what you need to know", "need to know", "fast facts",
        "quick facts", "key facts", "the essentials", "main points", "in short", "tl;dr", "summary", "the gist", "the big picture",
        "key findings",
        "the big points", "quick read", "bullet points", "what we know", "what we know so far", "the story in 30 seconds",
        "the short version", "in a nutshell", "story at a glance",
    ];

    /// <summary>True when a short line is navigation, a widget, a share/subscribe prompt or a credit line.</summary>
    public static bool IsChrome(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 70) return false;   // every test below is for a shorter line
        // Folded once, then searched with ordinal (vectorized) operations: a short line goes through dozens of phrases.
        Span<char> buffer = line.Length <= 1024 ? stackalloc char[line.Length] : new char[line.Length];
        TextFolding.Fold(line, buffer);
        ReadOnlySpan<char> folded = buffer;
        // A print page's furniture in an e-edition: its label ("Page A6"), a jump ("Continued on Page A6", "BRIDGE, from A1")
        // and the index of other pages ("Obituaries, A4").
        if (features.Words <= 6 && (IsPageJump(line) || IsPageIndexEntry(line))) return true;
        // A table's row pasted as text, its cells between tabs ("30-year fixed\t6.38%\t-0.19\t6.44%"): data, not prose.
        if (features.Words <= 15 && line.Count('\t') >= 2) return true;
        // A cookie or sign-up consent notice runs long ("We use cookies to give you the best online experience. Please let
        // us know …", "We use your sign-up to provide content in ways you've consented to …"): it speaks to "you".
        if (features.Words <= 45 && line.Length <= 350 && (Has(folded, "cookies") || Has(folded, "consent") || Has(folded, "privacy notice")
            || Has(folded, "privacy policy"))
            && (Has(folded, "we use") || Has(folded, "uses cookies") || Has(folded, "you agree") || Has(folded, "accept") || Has(folded, "you've consented")
                || Has(folded, "you have consented"))) return true;
        if (features.Words <= 25)
            foreach (var call in CallsToAction)
                if (Has(folded, call)) return true;
        // A newsroom's appeal for money runs long too ("The Beacon is a nonprofit newsroom, and we rely on readers like you. …").
        if (features.Words <= 70 && (Has(folded, "readers like you") || Has(folded, "a nonprofit newsroom")
            || Has(folded, "is reader-supported") || Has(folded, "is reader-funded"))) return true;
        // A link to a document or a recording: "Agenda, Nov. 19 regular meeting (PDF)", "Watch the meeting video (3:41:06)".
        if (features.Words <= 15 && (folded[..line.TrimEnd().Length].EndsWith("(pdf)") || folded.StartsWith("watch the ") && Has(folded, "video")
            && line.TrimEnd().EndsWith(')'))) return true;
        // A messaging channel's plug runs longer ("Stay informed … Follow The Lagos Ledger on WhatsApp for real-time updates …
        // join our channel today!").
        if (features.Words <= 45 && (Has(folded, "join our channel") || Has(folded, "join our whatsapp")
            || Has(folded, "follow us on whatsapp") || Has(folded, "join our telegram"))) return true;
        // "DOWNLOAD THE KVTR 7 APP: Get breaking news alerts … Available on the App Store and Google Play": an app's plug.
        if (features.Words <= 40 && (folded.StartsWith("download the ") || Has(folded, ". download the ")) && (Has(folded, " app") || Has(folded, "google play"))) return true;
        // A newsletter's pitch by its name only ("Love eating out? Get The Weekender, our guide to …, delivered every Friday.").
        if (features.Words <= 30 && Has(folded, "delivered every") && (folded.StartsWith("get ") || Has(folded, "? get "))) return true;
        // A call for readers' pictures or tips ("Have photos or video of the ice storm? Send them to us at share@…").
        if (features.Words <= 40 && (folded.StartsWith("have photos") || folded.StartsWith("have a news tip") || folded.StartsWith("have a tip")
            || folded.StartsWith("got a tip") || folded.StartsWith("got a news tip") || Has(folded, "send them to us"))) return true;
        // A helpline note under a story ("Need help? Lifeline 13 11 14, …", "If you or someone you know is struggling, call …").
        if (features.Words <= 45 && (folded.StartsWith("need help?") && line.IndexOfAny("0123456789") >= 0
            || folded.StartsWith("if you or someone you know"))) return true;
        // "Get the APB News app for breaking alerts …", "Listen to APB Radio North Coast for the latest on this story.": the
        // site's plug for its app or its station.
        if (features.Words <= 25 && (folded.StartsWith("get the ") && (Has(folded, " app ") || folded[..line.TrimEnd('.').Length].EndsWith(" app"))
            || (folded.StartsWith("listen to ") || folded.StartsWith("watch ") || folded.StartsWith("follow ") || folded.StartsWith("stay with ")
                || folded.StartsWith("tune in to ") || folded.StartsWith("tune in ")) && Has(folded, "for the latest"))) return true;
        // A newsletter's plug ("Get the latest rural news every weekday morning — sign up to the Rural newsletter").
        if (features.Words <= 30 && Has(folded, "newsletter") && (Has(folded, "sign up") || Has(folded, "get our")
            || Has(folded, "get the") || Has(folded, "subscribe") || Has(folded, "delivered") || Has(folded, "inbox")))
            return true;
        // A link labelled as one, however long the headline it names ("Related: ‘We see children who haven’t eaten …’").
        var core = TrimDecorations(line);
        line.Overlaps(core, out int coreStart);
        var foldedCore = folded.Slice(coreStart, core.Length);
        if (features.Words <= 30 && line.Length <= 250)
            foreach (var label in (ReadOnlySpan<string>)[.. LinkLabels, "also read |", "watch |", "watch:", "listen |", "the audio version of this article"])
                if (foldedCore.StartsWith(label)) return true;
        // A correction or clarification note ("Correction: An earlier version of this story misstated …"): about the story, not of it.
        if (features.Words <= 60 && (folded.StartsWith("correction:") || folded.StartsWith("clarification:") || folded.StartsWith("corrections:")
            || folded.StartsWith("an earlier version of this story") || folded.StartsWith("an earlier version of this article"))) return true;
        if (features.Words > 16 || line.Length > 160) return false;
        // "Evacuation map: See which neighborhoods are under orders", "See the full list": a link, not a subheading.
        if (!features.EndsWithSentencePunctuation && features.Words >= 3 && (Has(foldedCore, ": see ") || foldedCore.StartsWith("see "))) return true;
        // "Also on Millbrook Messenger: Boys lacrosse falls …": a link to the site's other stories (not "Also on Tuesday, …").
        if (foldedCore.StartsWith("also on ") && core.IndexOf(':') is > 8 and <= 40) return true;
        // A press release's "SOURCE Tallgrass Robotics Inc." line (capitals: "Source" opens sentences).
        if (features.Words <= 6 && core.StartsWith("SOURCE ", StringComparison.Ordinal)) return true;
        // A video's running time and source ("02:14 - Source: Meridian News").
        if (core.Length > 6 && char.IsAsciiDigit(core[0]) && core.IndexOf(':') is > 0 and <= 2 && Has(foldedCore, "source:")) return true;
        if (core.Length == 0) return true;
        foreach (var phrase in NavigationLines)
            if (foldedCore.SequenceEqual(phrase)) return true;
        foreach (var prefix in ChromePrefixes)
            if (foldedCore.StartsWith(prefix)) return true;
        // Fragments only betray widgets and prompts, not short sentences of the story ("The cookie jar was empty.").
        if (features.Words <= 12 && (!features.EndsWithSentencePunctuation || core[^1] == '!'))
            foreach (var fragment in ChromeFragments)
                if (Has(foldedCore, fragment)) return true;
        return false;

        static bool Has(ReadOnlySpan<char> folded, string phrase) => folded.IndexOf(phrase) >= 0;
    }

    /// <summary>
    /// True when a paragraph of up to 40 words is the publication talking to its readers, not the story: an appeal for
    /// tips with an address or number to send them to ("Have a news tip? Email tips@… or call our newsroom at …"), a
    /// question to the reader followed by such an appeal ("Have you spotted swifts yet? Share your sightings with us."),
    /// or an affiliate disclosure. A police appeal ("Anyone with information should call Crime Stoppers") is news, and
    /// asks on nobody's behalf in the first person, so it stays.
    /// </summary>
    public static bool IsReaderAppeal(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 40) return false;
        foreach (var phrase in AffiliateDisclosures)
            if (FoldedContains(line, phrase)) return true;
        bool appeal = false;
        foreach (var phrase in AppealPhrases)
            if (FoldedContains(line, phrase)) { appeal = true; break; }
        if (!appeal) return false;
        if (HasContact(line)) return true;
        var core = TrimDecorations(line);
        int question = core.IndexOf('?');
        if (question < 0) return false;
        foreach (var opening in ReaderQuestions)
            if (FoldedStartsWith(core, opening)) return true;
        return false;
    }

    // An e-mail address ("tips@…") or a phone number (seven or more digits in a run of digits, spaces, dashes, dots and brackets).
    private static bool HasContact(ReadOnlySpan<char> line)
    {
        int at = line.IndexOf('@');
        if (at > 0 && at + 1 < line.Length && char.IsLetterOrDigit(line[at - 1]) && char.IsLetterOrDigit(line[at + 1])) return true;
        int digits = 0;
        foreach (char c in line)
        {
            if (char.IsAsciiDigit(c)) { if (++digits >= 7) return true; }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+')) digits = 0;
        }
        return false;
    }

    /// <summary>True when a line opens the page's after-story furniture (related links, rating, comments, the copyright notice).</summary>
    public static bool IsTrailerMarker(ReadOnlySpan<char> line, in LineFeatures features)
    {
        var core = TrimDecorations(line);
        // "112 comments": the comment section.
        if (features.Words == 2 && char.IsAsciiDigit(core[0]) && (FoldedEndsWith(core, " comments") || FoldedEndsWith(core, " comment"))) return true;
        // A press release's boilerplate: "About Tallgrass Robotics" heads the company's description after the news.
        if (features.Words is >= 2 and <= 6 && (!features.EndsWithSentencePunctuation || EndsWithCompanyForm(core)) && features.TitleCaseRatio >= 0.99
            && core.StartsWith("About ", StringComparison.Ordinal)) return true;
        // "Copyright 2025 The Associated Press. All rights reserved. …", "© 2025 WLKV-TV": the story is over.
        if (features.Words <= 30 && (FoldedStartsWith(core, "copyright 2") || FoldedStartsWith(core, "copyright 1") || FoldedStartsWith(core, "\u00a9 ")
            || FoldedStartsWith(core, "copyright \u00a9"))) return true;
        // A wire story's credits close it, however many names they list ("Reporting by Katrin Vogel and Samuel Achterberg;
        // Additional reporting by …; Editing by …"); a long line only with its editors, for "Reporting by ProPublica found …".
        if (features.Words <= 60 && (FoldedStartsWith(core, "reporting by ") || FoldedStartsWith(core, "(reporting by ")
                || FoldedStartsWith(core, "additional reporting by ") || FoldedStartsWith(core, "editing by ") || FoldedStartsWith(core, "(editing by "))
            && (features.Words <= 12 || FoldedContains(core, "editing by") || FoldedContains(core, "writing by"))) return true;
        // "Disclaimer: The information in this article is provided for information only …", "The views expressed in this
        // column are the author's own": the site's small print.
        if (FoldedStartsWith(core, "disclaimer:") || FoldedStartsWith(core, "disclosure:") || FoldedStartsWith(core, "the views expressed") || FoldedStartsWith(core, "views expressed")
            || FoldedStartsWith(core, "opinions expressed") || FoldedStartsWith(core, "the opinions expressed")
            || FoldedStartsWith(core, "this article is for informational purposes") || FoldedStartsWith(core, "this article is not intended")) return true;
        // "(Only the headline and picture of this report may have been reworked by … staff; the rest of the content is
        // auto-generated from a syndicated feed.)": a portal's note on a wire story.
        if (features.Words <= 60 && FoldedContains(core, "syndicated feed")) return true;
        if (features.Words > 10) return false;
        foreach (var opening in TrailerOpenings)
            if (FoldedStartsWith(core, opening)) return true;
        foreach (var whole in TrailerLines)
            if (FoldedEquals(core, whole)) return true;
        return false;
    }

    // "About Calloway Freight Systems, Inc.": a company's name ends in its legal form's period, not a sentence's.
    private static bool EndsWithCompanyForm(ReadOnlySpan<char> line) =>
        line.EndsWith(" Inc.", StringComparison.Ordinal) || line.EndsWith(" Corp.", StringComparison.Ordinal) || line.EndsWith(" Co.", StringComparison.Ordinal)
        || line.EndsWith(" Ltd.", StringComparison.Ordinal) || line.EndsWith(" L.P.", StringComparison.Ordinal) || line.EndsWith(" N.V.", StringComparison.Ordinal)
        || line.EndsWith(" S.A.", StringComparison.Ordinal);

    // The labels a link to another story opens with ("Related: …", "Read more: …").
    private static readonly string[] LinkLabels = ["related:", "read more:", "also read:", "see also:", "read also:", "more:", "read next:"];

    /// <summary>A link labelled as one with the headline it names after the label ("RELATED: Millbrook parents push for …").</summary>
    public static bool IsLabelledLink(ReadOnlySpan<char> line)
    {
        var core = TrimDecorations(line);
        foreach (var label in LinkLabels)
            if (FoldedStartsWith(core, label) && core[label.Length..].Trim().Length > 0) return true;
        return false;
    }

    /// <summary>True for the heading of a box of links to other stories ("Related Articles", "More on this story"), which sites also put inside the story.</summary>
    public static bool IsRelatedLinksMarker(ReadOnlySpan<char> line)
    {
        var core = TrimDecorations(line);
        return FoldedStartsWith(core, "related") || FoldedStartsWith(core, "more on ") || FoldedStartsWith(core, "more from ")
            || FoldedStartsWith(core, "you may also like") || FoldedStartsWith(core, "you might also like") || FoldedStartsWith(core, "recommended")
            || FoldedStartsWith(core, "don't miss") || IsMatchFactsHeading(core);
    }

    private static bool IsMatchFactsHeading(ReadOnlySpan<char> core)
    {
        foreach (var heading in MatchFactsHeadings)
            if (FoldedEquals(core, heading)) return true;
        return false;
    }

    /// <summary>True for a photo's button ("Open this photo in gallery:", "Enlarge this image"), which the caption follows.</summary>
    public static bool IsPhotoPrompt(ReadOnlySpan<char> line) =>
        IsLabel(line, ["open this photo in gallery", "enlarge this image", "expand image", "view image", "toggle caption", "hide caption"]);

    /// <summary>
    /// True for the label of an alert strip across the top of a page ("WEATHER ALERT", "Traffic alert"); not "BREAKING", which
    /// may be the kicker of the story's own lede.
    /// </summary>
    public static bool IsAlertLabel(ReadOnlySpan<char> line) =>
        IsLabel(line, ["weather alert", "severe weather alert", "traffic alert", "weather warning", "alert"]);

    /// <summary>A breaking-news strip's label ("BREAKING", "Developing") or an alert's, over the strip's one line.</summary>
    public static bool IsBreakingLabel(ReadOnlySpan<char> line) => IsLabel(line, ["breaking", "breaking news", "developing"]) || IsAlertLabel(line);

    /// <summary>The label of a fact check's claim box ("CLAIM", "The claim:"), over the claim it quotes.</summary>
    public static bool IsClaimLabel(ReadOnlySpan<char> line) => IsLabel(line, ["claim", "the claim", "claim checked"]);

    /// <summary>The label of a fact check's rating ("Our rating", "Rating"), over the rating and perhaps its scale.</summary>
    public static bool IsRatingLabel(ReadOnlySpan<char> line) => IsLabel(line, ["our rating", "rating", "the rating", "verdict", "our verdict"]);

    /// <summary>True for a line of a sign-up box: a newsletter, a subscription, an inbox, an e-mail field.</summary>
    public static bool IsSignUpPrompt(ReadOnlySpan<char> line) =>
        FoldedContains(line, "newsletter") || FoldedContains(line, "subscrib") || FoldedContains(line, "sign up") || FoldedContains(line, "inbox")
        || FoldedContains(line, "email address") || FoldedContains(line, "enter email") || FoldedContains(line, "enter your email")
        || FoldedContains(line, "premium") || FoldedContains(line, "free trial");

    // "Page A6", "Continued on Page A6", "Continued on A6", "BRIDGE, from A1", "Continued from Page 1".
    private static bool IsPageJump(ReadOnlySpan<char> line)
    {
        var core = line.Trim().TrimEnd('.');
        if (FoldedStartsWith(core, "page ") && IsPageReference(core[5..])) return true;
        foreach (var lead in (ReadOnlySpan<string>)["continued on page ", "continued from page ", "continued on ", "continued from ", "see page "])
            if (FoldedStartsWith(core, lead)) return IsPageReference(core[lead.Length..]);
        int from = core.IndexOf(", from ", StringComparison.OrdinalIgnoreCase);
        if (from <= 0) return false;
        var page = core[(from + 7)..];
        return IsPageReference(page.StartsWith("Page ", StringComparison.Ordinal) ? page[5..] : page);
    }

    // "A6", "6", "B12", "1A": a page of a printed paper.
    private static bool IsPageReference(ReadOnlySpan<char> page)
    {
        page = page.Trim();
        if (page.Length is 0 or > 4) return false;
        int digits = 0, letters = 0;
        foreach (char c in page)
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsAsciiLetterUpper(c)) letters++;
            else return false;
        return digits > 0 && letters <= 1;
    }

    // "Obituaries, A4", "Sports, B1": a section and its page, as a front page's index lists them.
    private static bool IsPageIndexEntry(ReadOnlySpan<char> line)
    {
        var core = line.Trim();
        int comma = core.LastIndexOf(", ");
        if (comma <= 0 || !char.IsAsciiLetterUpper(core[comma + 2]) || !IsPageReference(core[(comma + 2)..])) return false;
        foreach (char c in core[..comma])
            if (!(char.IsLetter(c) || c is ' ' or '&')) return false;
        return true;
    }

    /// <summary>The label over an advertisement ("Advertisement", "Sponsored", "Paid content").</summary>
    public static bool IsAdLabel(ReadOnlySpan<char> line) =>
        IsLabel(line, ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "paid content", "paid post", "sponsor message"]);

    /// <summary>The label over a reader poll or a boxed fact check set into the story ("POLL", "FACT CHECK").</summary>
    public static bool IsWidgetLabel(ReadOnlySpan<char> line) => IsLabel(line, ["poll", "reader poll", "quiz", "fact check", "survey"]);

    // The line, without its decorations and colon, is one of the labels (lower-case ASCII).
    private static bool IsLabel(ReadOnlySpan<char> line, ReadOnlySpan<string> labels)
    {
        var core = TrimDecorations(line);
        foreach (var label in labels)
            if (FoldedEquals(core, label)) return true;
        return false;
    }

    /// <summary>True for a line that introduces a list of links to other stories: "READ MORE:", "Related:", "Also read", "See also".</summary>
    public static bool IsLinkListMarker(ReadOnlySpan<char> line)
    {
        var core = TrimDecorations(line);
        return IsRelatedLinksMarker(line) || FoldedEndsWith(core, "more coverage")
            || IsLabel(line, ["read more", "also read", "read also", "see also", "read next", "further reading", "more stories", "trending",
                "trending now", "trending stories", "most read", "most popular", "updates", "latest updates", "before you leave, check this out",
                "before you go", "more to explore", "you may also like", "you might also like", "on this page"])
            // "Also on Cedar Hollow Now:" over the site's other headlines.
            || FoldedStartsWith(core, "also on ") && line.TrimEnd().EndsWith(':') && core.Count(' ') <= 5
            || (FoldedStartsWith(core, "read more on ") || FoldedStartsWith(core, "read more from ") || FoldedStartsWith(core, "more from "))
                && core.IndexOf(':') < 0 && core.Count(' ') <= 5;
    }

    /// <summary>True for "Previous Article" / "Next Article" style links; the headline after them is a link too.</summary>
    public static bool IsArticleNavigation(ReadOnlySpan<char> line) =>
        IsLabel(line, ["previous article", "next article", "previous", "next", "previous post", "next post", "prev", "next story", "previous story"]);

    /// <summary>
    /// True for the heading of a bullet summary block: "Quick Looks", "Key Points", or a phrase ending in one
    /// ("Mexico's Border Troop Deployment: Quick Looks").
    /// </summary>
    public static bool IsSummaryBlockHeading(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 14 || line.Length > 140 || (features.EndsWithSentencePunctuation && !features.EndsWithQuestionMark && line[^1] != ':')) return false;
        var core = TrimDecorations(line);
        foreach (var heading in SummaryBlockHeadings)
        {
            if (FoldedEquals(core, heading)) return true;
            // "<topic>: Quick Looks", "<topic> - Key Points", "Key Points: <topic>".
            if (core.Length > heading.Length + 2 && FoldedEndsWith(core, heading))
            {
                char before = core[core.Length - heading.Length - 1];
                if (before == ' ' && IsSeparatorBefore(core[..(core.Length - heading.Length - 1)])) return true;
            }
            if (core.Length > heading.Length + 2 && FoldedStartsWith(core, heading) && core[heading.Length] == ':')
                return true;
        }
        return false;
    }

    private static bool IsSeparatorBefore(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        return head.Length > 0 && head[^1] is ':' or '-' or '\u2013' or '\u2014' or '|';
    }

    /// <summary>The line without bullets, arrows, pipes and trailing colons around it.</summary>
    public static ReadOnlySpan<char> TrimDecorations(ReadOnlySpan<char> line)
    {
        int s = 0, e = line.Length;
        while (s < e && (char.IsWhiteSpace(line[s]) || IsDecoration(line[s]))) s++;
        while (e > s && (char.IsWhiteSpace(line[e - 1]) || IsDecoration(line[e - 1]) || line[e - 1] == ':')) e--;
        return line[s..e];
    }

    private static bool IsDecoration(char c) => c is '»' or '›' or '>' or '<' or '«' or '‹' or '→' or '←' or '|' or '•' or '·' or '▶' or '►' or '#' or '*';

    public static bool FoldedEquals(ReadOnlySpan<char> text, string lowerAscii) =>
        text.Length == lowerAscii.Length && FoldedStartsWith(text, lowerAscii);

    public static bool FoldedStartsWith(ReadOnlySpan<char> text, string lowerAscii)
    {
        if (text.Length < lowerAscii.Length) return false;
        for (int i = 0; i < lowerAscii.Length; i++)
            if (TextFolding.Fold(text[i]) != lowerAscii[i]) return false;
        return true;
    }

    public static bool FoldedEndsWith(ReadOnlySpan<char> text, string lowerAscii) =>
        text.Length >= lowerAscii.Length && FoldedStartsWith(text[^lowerAscii.Length..], lowerAscii);

    public static bool FoldedContains(ReadOnlySpan<char> text, string lowerAscii) => FoldedIndexOf(text, lowerAscii) >= 0;

    /// <summary>Where <paramref name="lowerAscii"/> first occurs in <paramref name="text"/>, case- and diacritic-folded, or -1.</summary>
    public static int FoldedIndexOf(ReadOnlySpan<char> text, string lowerAscii)
    {
        for (int i = 0; i + lowerAscii.Length <= text.Length; i++)
            if (TextFolding.Fold(text[i]) == lowerAscii[0] && FoldedStartsWith(text[i..], lowerAscii)) return i;
        return -1;
    }
}
