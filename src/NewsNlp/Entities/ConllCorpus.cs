using System.IO.Compression;
using System.Text;

namespace NewsNlp.Entities;

/// <summary>A CoNLL document: sentences of words with their tags (the last column, when there is one).</summary>
internal sealed class ConllDocument
{
    public List<string[]> Words { get; } = [];
    public List<string[]> Tags { get; } = [];

    /// <summary>
    /// The document as one text (words joined by spaces, sentences by newlines) with its tokens and
    /// sentence ranges, so CoNLL input goes through exactly the same code as articles.
    /// </summary>
    public (string Text, Token[] Tokens, (int First, int Count)[] Sentences) ToText() => Build(Words);

    public static (string Text, Token[] Tokens, (int First, int Count)[] Sentences) Build(IReadOnlyList<string[]> sentences)
    {
        var sb = new StringBuilder();
        var tokens = new List<Token>();
        var ranges = new (int, int)[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s > 0) sb.Append('\n');
            ranges[s] = (tokens.Count, sentences[s].Length);
            for (int i = 0; i < sentences[s].Length; i++)
            {
                if (i > 0) sb.Append(' ');
                int start = sb.Length;
                sb.Append(sentences[s][i]);
                tokens.Add(new Token(start, sb.Length, TokenKind.Word));
            }
        }
        return (sb.ToString(), tokens.ToArray(), ranges);
    }
}

/// <summary>Reads CoNLL files: space- or tab-separated columns, the word first; blank lines end sentences; -DOCSTART- starts a document.</summary>
internal static class ConllCorpus
{
    /// <summary>Opens a file for reading, decompressing .gz.</summary>
    public static TextReader Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"'{path}' was not found.", path);
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, Encoding.UTF8, true, 1 << 16);
    }

    /// <summary>Reads documents of tagged sentences.</summary>
    public static List<ConllDocument> Read(TextReader reader)
    {
        var documents = new List<ConllDocument>();
        ConllDocument? doc = null;
        var words = new List<string>();
        var tags = new List<string>();
        void EndSentence()
        {
            if (words.Count == 0) return;
            doc ??= new ConllDocument();
            if (documents.Count == 0 || !ReferenceEquals(documents[^1], doc)) documents.Add(doc);
            doc.Words.Add([.. words]);
            doc.Tags.Add([.. tags]);
            words.Clear();
            tags.Clear();
        }
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                doc = new ConllDocument();
                continue;
            }
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : "O");
        }
        EndSentence();
        return documents;
    }

    /// <summary>Entity spans (token ranges and type index) of IOB1/IOB2 tags, read as conlleval does; types other than PER/LOC/ORG/MISC are ignored.</summary>
    public static List<(int Start, int End, int Type)> SpansOfIob(string[] tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            string tag = i < tags.Length ? tags[i] : "O";
            int t = tag.Length > 2 && tag[1] == '-' ? BilouTags.ParseType(tag.AsSpan(2)) : -1;
            bool begins = t >= 0 && (tag[0] == 'B' || t != type || start < 0);
            if (start >= 0 && (t < 0 || begins)) { spans.Add((start, i, type)); start = -1; type = -1; }
            if (t >= 0 && start < 0) { start = i; type = t; }
        }
        return spans;
    }
}
