using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Entities;

/// <summary>First-order Viterbi decoding over BILOU tags, with ill-formed transitions (O → I-PER) forbidden.</summary>
internal static class NerDecoder
{
    /// <summary>Score of a step that may not be taken.</summary>
    public const float Forbidden = -1e30f;

    // 0 where a transition is allowed, Forbidden where it is not; row StartRow is "before the first token".
    private static readonly float[] Mask = BuildMask();

    // For each tag, the tags allowed before it (ascending): the inner loop visits only these. A forbidden
    // step scores about -1e30 and never wins over an allowed one, so skipping it changes no decision.
    private static readonly int[][] AllowedFrom = BuildAllowedFrom();

    private static int[][] BuildAllowedFrom()
    {
        var result = new int[BilouTags.Count][];
        for (int to = 0; to < BilouTags.Count; to++)
        {
            var from = new List<int>();
            for (int f = 0; f < BilouTags.Count; f++) if (BilouTags.Allowed(f, to)) from.Add(f);
            result[to] = [.. from];
        }
        return result;
    }

    private static float[] BuildMask()
    {
        var mask = new float[(BilouTags.Count + 1) * BilouTags.Count];
        for (int from = 0; from <= BilouTags.Count; from++)
            for (int to = 0; to < BilouTags.Count; to++)
                mask[from * BilouTags.Count + to] = BilouTags.Allowed(from, to) ? 0f : Forbidden;
        return mask;
    }

    // The nine tags that may precede O, B-x and U-x (O, and L-x, U-x of each type), ascending. Those nine
    // targets are scored eight candidates to a vector plus the ninth; I-x and L-x have two candidates each.
    private static readonly int[] Closed = AllowedFrom[BilouTags.Outside];
    private static readonly bool[] IsClosedTarget = BuildClosedTargets();

    private static bool[] BuildClosedTargets()
    {
        var result = new bool[BilouTags.Count];
        for (int to = 0; to < BilouTags.Count; to++) result[to] = AllowedFrom[to].AsSpan().SequenceEqual(Closed);
        if (Closed.Length != 9) throw new InvalidOperationException("The decoder expects nine tags before O, B and U.");
        return result;
    }

    /// <summary>
    /// The best tag sequence for <paramref name="n"/> tokens given emission scores (n × 17) and learned
    /// transition scores (18 × 17). <paramref name="back"/> needs n × 17 bytes. Ties go to the lowest
    /// previous tag, exactly as <see cref="DecodeReference"/> does. Tokens marked in <paramref name="outsideOnly"/>
    /// must have forbidden emissions for every tag but O; only O is worked out for them (the tags come out the
    /// same: no path through a forbidden emission can be best).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<byte> back, Span<byte> tags,
        ReadOnlySpan<bool> outsideOnly = default)
    {
        if (n == 0) return;
        const int T = BilouTags.Count;
        Span<float> prev = stackalloc float[T];
        var closed = Closed;
        var isClosed = IsClosedTarget;
        // Transitions into each closed target from its nine candidates, the first eight side by side.
        Span<float> closedTransitions = stackalloc float[T * 8];
        Span<float> ninthTransition = stackalloc float[T];
        for (int to = 0; to < T; to++)
        {
            if (!isClosed[to]) continue;
            for (int k = 0; k < 8; k++) closedTransitions[to * 8 + k] = transitions[closed[k] * T + to];
            ninthTransition[to] = transitions[closed[8] * T + to];
        }
        Span<float> candidates = stackalloc float[8];
        Start(emissions, transitions, prev);
        Span<float> cur = stackalloc float[T];
        for (int i = 1; i < n; i++)
        {
            int e = i * T;
            for (int k = 0; k < 8; k++) candidates[k] = prev[closed[k]];
            var previous = Vector256.Create<float>(candidates);
            float ninth = prev[closed[8]];
            if (i < outsideOnly.Length && outsideOnly[i])
            {
                // Most news tokens: only O is open, so only O is worked out (three quarters of the tokens).
                prev.Fill(Forbidden);
                back.Slice(e, T).Clear();
                int o = BilouTags.Outside;
                int from = BestClosed(previous, ninth, closedTransitions.Slice(o * 8, 8), ninthTransition[o], closed, out float score);
                prev[o] = score + emissions[e + o];
                back[e + o] = (byte)from;
                continue;
            }
            for (int to = 0; to < T; to++)
            {
                float best;
                int arg = isClosed[to]
                    ? BestClosed(previous, ninth, closedTransitions.Slice(to * 8, 8), ninthTransition[to], closed, out best)
                    : BestBefore(to, prev, transitions, out best);
                cur[to] = best + emissions[e + to];
                back[e + to] = (byte)arg;
            }
            cur.CopyTo(prev);
        }
        Backtrack(prev, n, back, tags);
    }

    /// <summary>
    /// The best of the nine tags allowed before O, B-x and U-x: the first eight side by side (<paramref name="previous"/>
    /// plus <paramref name="transitions"/>), then the ninth. The lowest tag wins ties; NaNs never win.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BestClosed(Vector256<float> previous, float ninth, ReadOnlySpan<float> transitions, float ninthTransition,
        int[] closed, out float best)
    {
        var scores = previous + Vector256.Create<float>(transitions);
        var top = MaxAcross(scores);
        uint lanes = Vector256.Equals(scores, top).ExtractMostSignificantBits();
        int arg;
        if (lanes != 0)
        {
            best = top.ToScalar();
            arg = closed[BitOperations.TrailingZeroCount(lanes)];
        }
        else
        {
            // Only with a NaN score (a corrupt model): skip NaNs one by one, as the reference does.
            best = float.NegativeInfinity;
            arg = 0;
            for (int k = 0; k < 8; k++) if (scores[k] > best) { best = scores[k]; arg = closed[k]; }
        }
        float last = ninth + ninthTransition;
        if (last > best) { best = last; arg = closed[8]; }
        return arg;
    }

    /// <summary>The largest of eight floats, in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> MaxAcross(Vector256<float> v)
    {
        v = Vector256.Max(v, Vector256.Shuffle(v, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        v = Vector256.Max(v, Vector256.Shuffle(v, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        return Vector256.Max(v, Vector256.Shuffle(v, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
    }

    /// <summary>The same decoding, one candidate at a time: the definition <see cref="Decode"/> must match.</summary>
    internal static void DecodeReference(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<byte> back, Span<byte> tags)
    {
        if (n == 0) return;
        const int T = BilouTags.Count;
        Span<float> prev = stackalloc float[T];
        Span<float> cur = stackalloc float[T];
        Start(emissions, transitions, prev);
        for (int i = 1; i < n; i++)
        {
            int e = i * T;
            for (int to = 0; to < T; to++)
            {
                int arg = BestBefore(to, prev, transitions, out float best);
                cur[to] = best + emissions[e + to];
                back[e + to] = (byte)arg;
            }
            cur.CopyTo(prev);
        }
        Backtrack(prev, n, back, tags);
    }

    /// <summary>The scores of each tag on the first token: start transition (forbidden ones masked) plus emission.</summary>
    private static void Start(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<float> scores)
    {
        const int T = BilouTags.Count;
        int startRow = BilouTags.StartRow * T;
        for (int t = 0; t < T; t++) scores[t] = transitions[startRow + t] + Mask[startRow + t] + emissions[t];
    }

    /// <summary>The best allowed tag before <paramref name="to"/>, one candidate at a time (the lowest wins ties; NaNs never win).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BestBefore(int to, ReadOnlySpan<float> prev, ReadOnlySpan<float> transitions, out float best)
    {
        const int T = BilouTags.Count;
        best = float.NegativeInfinity;
        int arg = 0;
        foreach (int from in AllowedFrom[to])
        {
            float v = prev[from] + transitions[from * T + to];
            if (v > best) { best = v; arg = from; }
        }
        return arg;
    }

    private static void Backtrack(ReadOnlySpan<float> final, int n, ReadOnlySpan<byte> back, Span<byte> tags)
    {
        const int T = BilouTags.Count;
        int last = 0;
        float top = float.NegativeInfinity;
        for (int t = 0; t < T; t++)
        {
            float v = BilouTags.AllowedLast(t) ? final[t] : final[t] + Forbidden;
            if (v > top) { top = v; last = t; }
        }
        tags[n - 1] = (byte)last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }
}
