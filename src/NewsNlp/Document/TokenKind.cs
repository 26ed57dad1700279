namespace NewsNlp;

/// <summary>What a token is, decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated words, abbreviations ("U.S.") and clitics ("'s", "n't").</summary>
    Word,
    /// <summary>A number: "10,000", "3.5", "1990s" is a word; "$41.1" is a symbol then a number.</summary>
    Number,
    /// <summary>Punctuation: stops, commas, quotes, brackets, dashes, ellipses.</summary>
    Punctuation,
    /// <summary>A symbol such as "$", "%", "&amp;", "+", "©".</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle such as "@newsnlp".</summary>
    Handle,
    /// <summary>A hashtag such as "#elections".</summary>
    Hashtag,
    /// <summary>Anything else: emoji, control characters, stray surrogates.</summary>
    Other,
}
