namespace NewsNlp.Entities;

/// <summary>First-order Viterbi decoding over BILOU tags, with ill-formed transitions (O → I-PER) forbidden.</summary>
internal static class NerDecoder
{
    private const float Forbidden = -1e30f;

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

    /// <summary>
    /// The best tag sequence for <paramref name="n"/> tokens given emission scores (n × 17) and learned
    /// transition scores (18 × 17). <paramref name="back"/> needs n × 17 bytes.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<byte> back, Span<byte> tags)
    {
        if (n == 0) return;
        const int T = BilouTags.Count;
        Span<float> prev = stackalloc float[T];
        Span<float> cur = stackalloc float[T];
        var mask = Mask.AsSpan();
        var allowedFrom = AllowedFrom;
        int startRow = BilouTags.StartRow * T;
        for (int t = 0; t < T; t++) prev[t] = transitions[startRow + t] + mask[startRow + t] + emissions[t];
        for (int i = 1; i < n; i++)
        {
            int e = i * T;
            for (int to = 0; to < T; to++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int from in allowedFrom[to])
                {
                    float v = prev[from] + transitions[from * T + to];
                    if (v > best) { best = v; arg = from; }
                }
                cur[to] = best + emissions[e + to];
                back[e + to] = (byte)arg;
            }
            cur.CopyTo(prev);
        }
        int last = 0;
        float top = float.NegativeInfinity;
        for (int t = 0; t < T; t++)
        {
            float v = BilouTags.AllowedLast(t) ? prev[t] : prev[t] + Forbidden;
            if (v > top) { top = v; last = t; }
        }
        tags[n - 1] = (byte)last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }
}
