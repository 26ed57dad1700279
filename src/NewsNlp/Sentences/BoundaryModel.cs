using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Logistic regression that scores a same-line gap after a token that is not a stop: does a sentence end
/// there anyway (e-mail sign-offs, URL lists, emoticons, run-on web posts)? Trained on UD English EWT
/// train by models/train_boundary_model.py; the weights are the embedded resource boundary-model.txt,
/// loaded once. Features are hashed from spans, so scoring allocates nothing.
/// </summary>
internal sealed class BoundaryModel
{
    private const int MaxWord = 20;

    /// <summary>Probability above which a gap is a boundary; high, because news text rarely needs it.</summary>
    private const double Threshold = 0.6;

    private static readonly float LogitThreshold = (float)Math.Log(Threshold / (1 - Threshold));

    /// <summary>The model embedded in the assembly.</summary>
    public static BoundaryModel Default { get; } = Load();

    private readonly FeatureTable _weights;
    private readonly float _bias;

    private static readonly ulong TSa = Hash("sa"), TSb = Hash("sb"), TSab = Hash("sab"), TA = Hash("a"), TBl = Hash("bl"),
        TB = Hash("b"), TASb = Hash("a|sb"), TSaB = Hash("sa|b"), TP = Hash("p"), TSp = Hash("sp"), TSn = Hash("sn"),
        TSt = Hash("st"), TLen = Hash("len"), TSpSa = Hash("sp|sa"), TSbSn = Hash("sb|sn"), TPA = Hash("p|a");
    private static readonly ulong HStarter = Hash("1"), HNotStarter = Hash("0"), HStart = Hash("<s>"), HEnd = Hash("</s>"), HNone = Hash("none");
    private static readonly ulong HUrl = Hash("url"), HEmail = Hash("email"), HHandle = Hash("handle"), HHashtag = Hash("hashtag");
    private static readonly ulong[] HLen = [Hash("0"), Hash("1"), Hash("2"), Hash("3"), Hash("4"), Hash("5"), Hash("6")];

    private BoundaryModel(FeatureTable weights, float bias) => (_weights, _bias) = (weights, bias);

    /// <summary>Distinct features with a weight: as many as the model file's distinct feature lines, unless two keys collide.</summary>
    internal int FeatureCount => _weights.Count;

    /// <summary>
    /// True when the gap between <paramref name="tokens"/>[<paramref name="i"/>] and the next token ends a
    /// sentence. <paramref name="since"/> counts the tokens since the last stop or the paragraph start.
    /// </summary>
    public bool IsBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int since)
    {
        var a = tokens[i];
        var b = tokens[i + 1];
        ulong la = LowerHash(Head(text, a));
        var bText = Head(text, b);
        ulong lb = LowerHash(bText), eb = Hash(bText);
        ulong sa = ShapeHash(text, a), sb = ShapeHash(text, b);
        ulong p = i > 0 ? LowerHash(Head(text, tokens[i - 1])) : HStart;
        ulong sp = i > 0 ? ShapeHash(text, tokens[i - 1]) : HNone;
        ulong sn = i + 2 < tokens.Length ? ShapeHash(text, tokens[i + 2]) : HNone;
        var starter = text.Slice(b.Start, Math.Min(b.Length, MaxWord + 1));

        float z = _bias
            + Weight(Combine(TSa, sa)) + Weight(Combine(TSb, sb)) + Weight(Combine(TSab, sa, sb))
            + Weight(Combine(TA, la)) + Weight(Combine(TBl, lb)) + Weight(Combine(TB, eb))
            + Weight(Combine(TASb, la, sb)) + Weight(Combine(TSaB, sa, eb)) + Weight(Combine(TP, p))
            + Weight(Combine(TSp, sp)) + Weight(Combine(TSn, sn))
            + Weight(Combine(TSt, Abbreviations.IsSentenceStarter(starter) ? HStarter : HNotStarter, sa))
            + Weight(Combine(TLen, HLen[Math.Min(since, 30) / 5])) + Weight(Combine(TPA, p, la));
        // Shape bigrams either side of the gap, except after a colon (see the trainer).
        if (a.Length != 1 || text[a.Start] != ':') z += Weight(Combine(TSpSa, sp, sa)) + Weight(Combine(TSbSn, sb, sn));
        return z > LogitThreshold;
    }

    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, Math.Min(token.Length, MaxWord));

    private float Weight(ulong feature) => _weights.Get(feature);

    /// <summary>The hash of a token's shape: "url", "p..." for punctuation, or "Xx", "d", "x.x" for words.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> text, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Url: return HUrl;
            case TokenKind.Email: return HEmail;
            case TokenKind.Handle: return HHandle;
            case TokenKind.Hashtag: return HHashtag;
            case TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Other:
                {
                    // "p" and the first three characters.
                    ulong h = Step(Seed, 'p');
                    foreach (char ch in text.Slice(token.Start, Math.Min(token.Length, 3))) h = Step(h, ch);
                    return h;
                }
            default:
                {
                    // The first four characters as X, x, d or themselves, runs collapsed.
                    ulong h = Seed;
                    char last = '\0';
                    var head = text.Slice(token.Start, Math.Min(token.Length, 4));
                    for (int k = 0; k < head.Length; k++)
                    {
                        char ch = head[k];
                        char c = ch < 128
                            ? CharClass.IsUpper(ch) ? 'X' : CharClass.IsLower(ch) ? 'x' : CharClass.IsDigit(ch) ? 'd' : ch
                            : char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber ? 'd' : ch;
                        if (k > 0 && c == last) continue;
                        h = Step(h, c);
                        last = c;
                    }
                    return h;
                }
        }
    }

    // FNV-1a over UTF-16 code units: stable across runs, and the same for the model file's strings and the text.
    private const ulong Seed = 14695981039346656037UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, char c) => (h ^ c) * 1099511628211UL;

    private static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (char c in s) h = Step(h, c);
        return h;
    }

    private static ulong LowerHash(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (char c in s) h = Step(h, c < 128 ? (char)(CharClass.IsUpper(c) ? c | 0x20 : c) : char.ToLowerInvariant(c));
        return h;
    }

    // A feature's key: the value hash is multiplied before it meets the template's (so "a b" and "b a", both
    // hashes of strings, stay apart), and the product's top bits are the slot (Fibonacci hashing): a few
    // multiplies instead of a full mixer per feature. A test (BoundaryModelKeepsEveryFeatureOfItsFileApart) checks the shipped file.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ulong template, ulong value) => (template ^ value * 0xC2B2AE3D27D4EB4FUL) * 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ulong template, ulong first, ulong second) =>
        (template ^ first * 0xC2B2AE3D27D4EB4FUL ^ BitOperations.RotateLeft(second * 0x165667B19E3779F9UL, 29)) * 0x9E3779B97F4A7C15UL;

    private static BoundaryModel Load()
    {
        var assembly = typeof(BoundaryModel).Assembly;
        using var stream = assembly.GetManifestResourceStream("NewsNlp.Models.boundary-model.txt")
            ?? throw new InvalidOperationException($"The embedded resource boundary-model.txt is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        string all = reader.ReadToEnd();
        // Spans over the whole file, no string per line or field: this runs on the start-up path of every process.
        var weights = new FeatureTable(all.AsSpan().Count('\n') + 1);
        float bias = 0;
        Span<Range> parts = stackalloc Range[5];
        foreach (var line in all.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            // "template value [value] weight"
            int count = line.Split(parts, ' ');
            if (count is < 2 or > 4 || !float.TryParse(line[parts[count - 1]], NumberStyles.Float, CultureInfo.InvariantCulture, out float weight))
                throw new InvalidDataException($"boundary-model.txt: bad line \"{line}\".");
            ulong template = Hash(line[parts[0]]);
            switch (count)
            {
                case 2: bias = weight; break;
                case 3: weights.Set(Combine(template, Hash(line[parts[1]])), weight); break;
                default: weights.Set(Combine(template, Hash(line[parts[1]]), Hash(line[parts[2]])), weight); break;
            }
        }
        return new BoundaryModel(weights, bias);
    }

    /// <summary>
    /// Feature key → weight, in buckets of 8 keys (one cache line) found by the key's top bits. A lookup compares a
    /// whole bucket at once and reads the weight with no branch on found or not (which a linear probe took, and
    /// mispredicted, for every feature); only a miss in one of the rare buckets that spilled into the next looks on.
    /// </summary>
    internal sealed class FeatureTable
    {
        private const int Width = 8;
        private readonly ulong[] _keys;      // bucket b at [b × 8, b × 8 + 8); 0 = empty
        private readonly float[] _values;    // bucket b at [b × 9, b × 9 + 9): its 8 weights, then 0 for "absent"
        private readonly bool[] _spilled;    // a key of this bucket, or of one before it, went on to the next
        private readonly int _shift, _mask;

        public FeatureTable(int capacity)
        {
            int buckets = 16;
            while (buckets * Width < capacity * 2) buckets <<= 1;
            _keys = new ulong[buckets * Width];
            _values = new float[buckets * (Width + 1)];
            _spilled = new bool[buckets];
            _shift = 64 - BitOperations.Log2((uint)buckets);
            _mask = buckets - 1;
        }

        public int Count { get; private set; }

        /// <summary>Sets a feature's weight; a later call for the same feature replaces the earlier one.</summary>
        public void Set(ulong feature, float weight)
        {
            ulong key = feature == 0 ? 1 : feature;
            for (int bucket = (int)(key >> _shift); ; bucket = (bucket + 1) & _mask)
            {
                for (int i = bucket * Width; i < bucket * Width + Width; i++)
                {
                    if (_keys[i] != 0 && _keys[i] != key) continue;
                    if (_keys[i] == 0) Count++;
                    _keys[i] = key;
                    _values[bucket * (Width + 1) + i - bucket * Width] = weight;
                    return;
                }
                _spilled[bucket] = true;
            }
        }

        /// <summary>The weight of a feature, 0 when the model has none.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public float Get(ulong feature)
        {
            ulong key = feature == 0 ? 1 : feature;
            int bucket = (int)(key >> _shift);
            uint found = Match(bucket, key);
            // Non-short-circuit &: one branch, almost never taken, instead of a branch on found.
            if ((found == 0) & _spilled[bucket]) return Spilled(bucket, key);
            return _values[bucket * (Width + 1) + BitOperations.TrailingZeroCount(found | 1u << Width)];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private uint Match(int bucket, ulong key)
        {
            var keys = _keys.AsSpan(bucket * Width, Width);
            var probe = Vector256.Create(key);
            return Vector256.Equals(Vector256.Create<ulong>(keys[..4]), probe).ExtractMostSignificantBits()
                | Vector256.Equals(Vector256.Create<ulong>(keys[4..]), probe).ExtractMostSignificantBits() << 4;
        }

        // The key is in a later bucket, or nowhere: buckets it would have passed are all full.
        private float Spilled(int bucket, ulong key)
        {
            while (_spilled[bucket])
            {
                bucket = (bucket + 1) & _mask;
                uint found = Match(bucket, key);
                if (found != 0) return _values[bucket * (Width + 1) + BitOperations.TrailingZeroCount(found)];
            }
            return 0f;
        }
    }
}
