namespace NewsNlp.Summarization;

/// <summary>
/// Background inverse document frequencies of words (case- and diacritic-folded), built from news
/// articles and shipped as models/idf.bin. Holds only word hashes and their weights, never text.
/// Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private const string Magic = "NewsNlp.Idf/1";
    private static readonly Lazy<IdfTable> Shared = new(() =>
    {
        using var stream = ModelResources.Open("idf.bin");
        return Read(stream, "models/idf.bin");
    });

    // One flat table: a lookup reads one cache line, where a dictionary reads a bucket, then an entry.
    private readonly Entities.FlatMap<uint, float> _lookup;
    private readonly uint[] _hashes;   // the folded hashes as unsigned keys, ascending (for Write)
    private readonly float[] _idf;

    private IdfTable(int documentCount, Dictionary<int, float> idf)
        : this(documentCount, Entities.SortedKeys.Of(idf.Keys.Select(h => (uint)h), idf.Values, out var weights), weights)
    {
    }

    // Hashes ascending (as a written table has them), weights in the same order.
    private IdfTable(int documentCount, uint[] hashes, float[] idf)
    {
        DocumentCount = documentCount;
        _hashes = hashes;
        _idf = idf;
        _lookup = new Entities.FlatMap<uint, float>(hashes, idf);
        UnknownIdf = Smooth(documentCount, 1);
    }

    /// <summary>The table embedded in the package, loaded once.</summary>
    public static IdfTable Default => Shared.Value;

    /// <summary>Number of articles the table was built from.</summary>
    public int DocumentCount { get; }

    /// <summary>Number of words in the table.</summary>
    public int Count => _hashes.Length;

    /// <summary>Weight of a word never or once seen: the rarest.</summary>
    public float UnknownIdf { get; }

    /// <summary>The IDF of a word given its <see cref="TextFolding.FoldedHash"/>.</summary>
    public float Idf(int foldedHash) => _lookup.TryGetValue((uint)foldedHash, out var v) ? v : UnknownIdf;

    /// <summary>The IDF of a word.</summary>
    public float Idf(ReadOnlySpan<char> word) => Idf(TextFolding.FoldedHash(word));

    private static float Smooth(int n, int df) => (float)(Math.Log((n + 1.0) / (df + 1.0)) + 1.0);

    /// <summary>Builds a table from articles (tokenized as the pipeline does); words seen in fewer than <paramref name="minDocuments"/> articles are left out.</summary>
    public static IdfTable Build(IEnumerable<string> articles, NewsPipeline pipeline, int minDocuments = 2)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(pipeline);
        var df = new Dictionary<int, int>();
        var seen = new HashSet<int>();
        int n = 0;
        foreach (var article in articles)
        {
            n++;
            seen.Clear();
            var tokens = pipeline.Tokenize(article);
            foreach (var t in tokens)
            {
                if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                int hash = TextFolding.FoldedHash(article.AsSpan(t.Start, t.Length));
                if (seen.Add(hash)) df[hash] = df.GetValueOrDefault(hash) + 1;
            }
        }
        var idf = new Dictionary<int, float>();
        foreach (var (hash, count) in df)
            if (count >= minDocuments) idf[hash] = Quantize(Smooth(n, count));
        return new IdfTable(n, idf);
    }

    // Weights are stored in thousandths; quantizing at build time keeps built and loaded tables identical.
    private static float Quantize(float idf) => (float)(Math.Round(idf * 1000.0) / 1000.0);

    /// <summary>Writes the table (Brotli-compressed; hashes sorted, so the file is deterministic).</summary>
    public void Write(Stream stream)
    {
        using var w = ModelResources.CreateCompressed(stream, Magic);
        w.Write(DocumentCount);
        w.Write(_hashes.Length);
        int previous = 0;
        for (int i = 0; i < _hashes.Length; i++)
        {
            // Delta-coded hashes compress far better than raw ones.
            int hash = (int)_hashes[i];
            w.Write7BitEncodedInt(hash - previous);
            previous = hash;
            w.Write((ushort)Math.Round(_idf[i] * 1000.0));
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; <paramref name="name"/> names it in errors.</summary>
    public static IdfTable Read(Stream stream, string name)
    {
        using var r = ModelResources.OpenCompressed(stream, Magic, name);
        try
        {
            int n = r.ReadInt32(), count = r.ReadInt32();
            if (n <= 0 || count < 0) throw new InvalidDataException($"The model '{name}' has a bad header.");
            var hashes = new uint[count];
            var idf = new float[count];
            int hash = 0;
            for (int i = 0; i < count; i++)
            {
                hash += r.Read7BitEncodedInt();
                hashes[i] = (uint)hash;
                idf[i] = r.ReadUInt16() / 1000f;
                if (i > 0 && hashes[i] <= hashes[i - 1]) throw new InvalidDataException($"The model '{name}' is corrupt (hashes out of order).");
            }
            return new IdfTable(n, hashes, idf);
        }
        catch (EndOfStreamException e) { throw new InvalidDataException($"The model '{name}' is truncated.", e); }
    }
}
