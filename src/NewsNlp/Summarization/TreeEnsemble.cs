using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Summarization;

/// <summary>
/// A boosted regression-tree ensemble (exported from a Microsoft.ML FastTree model): score = bias +
/// Σ weightₜ · leaf of tree t, one row by walking each tree, many rows with bit masks (QuickScorer).
/// Immutable and thread-safe; nothing of Microsoft.ML is needed to load or run it.
/// </summary>
public sealed class TreeEnsemble
{
    private const string Magic = "NewsNlp.Trees/1";

    // All trees packed into flat arrays: node n of tree t lives at _nodeStart[t] + n.
    private readonly int[] _nodeStart, _nodeCount, _leafStart;
    private readonly int[] _feature, _left, _right;
    private readonly float[] _threshold, _leafValue;
    private readonly float[] _treeWeight;
    // For scoring many rows (QuickScorer, Lucchese et al., SIGIR 2015): every node of every tree, grouped by
    // feature and sorted by threshold. A row's value sends it right at exactly the nodes of its feature whose
    // threshold is below it: a run from the start of the group, read in order, with no walk to mispredict.
    // Each such node rules out the leaves of its left subtree; in a tree whose leaves are numbered left to
    // right, the leaf a walk would reach is the leftmost one left. Null when a tree has over 64 leaves or is
    // not a proper tree: rows are then walked.
    private readonly SplitNode[]? _splits;   // by feature, then threshold ascending
    private readonly int[]? _splitStart;     // feature f's nodes are _splits[_splitStart[f] .. _splitStart[f + 1])
    private readonly float[]? _leafInOrder;  // tree t's leaf values times its weight, left to right, from _leafStart[t]
    // Every tree has at most 32 leaves (the shipped ranker has 16): masks of 32 bits, eight rows per vector.
    private readonly bool _narrow;

    private readonly record struct SplitNode(float Threshold, int Tree, ulong Keep);

    /// <summary>Creates an ensemble from its trees.</summary>
    /// <param name="featureCount">Length of the feature vectors it scores.</param>
    /// <param name="bias">Constant added to every score.</param>
    /// <param name="trees">Each tree's weight, split features, thresholds, children (negative = ~leaf) and leaf values.</param>
    public TreeEnsemble(int featureCount, double bias, IReadOnlyList<Tree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        FeatureCount = featureCount;
        Bias = bias;
        _nodeStart = new int[trees.Count];
        _leafStart = new int[trees.Count];
        _nodeCount = new int[trees.Count];
        _treeWeight = new float[trees.Count];
        var feature = new List<int>(); var left = new List<int>(); var right = new List<int>();
        var threshold = new List<float>(); var leaves = new List<float>();
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.Features.Count != tree.Thresholds.Count || tree.Features.Count != tree.Left.Count || tree.Features.Count != tree.Right.Count
                || tree.LeafValues.Count != tree.Features.Count + 1)
                throw new ArgumentException($"Tree {t} is malformed.", nameof(trees));
            int nodes = tree.Features.Count;
            for (int n = 0; n < nodes; n++)
            {
                if ((uint)tree.Features[n] >= (uint)featureCount) throw new ArgumentException($"Tree {t} splits on feature {tree.Features[n]} of {featureCount}.", nameof(trees));
                // Children point forward (or to a leaf), so every walk ends.
                foreach (int child in (ReadOnlySpan<int>)[tree.Left[n], tree.Right[n]])
                    if (child >= 0 ? child <= n || child >= nodes : ~child > nodes) throw new ArgumentException($"Tree {t} node {n} has a bad child {child}.", nameof(trees));
            }
            _nodeCount[t] = nodes;
            _nodeStart[t] = feature.Count;
            _leafStart[t] = leaves.Count;
            _treeWeight[t] = tree.Weight;
            feature.AddRange(tree.Features); threshold.AddRange(tree.Thresholds);
            left.AddRange(tree.Left); right.AddRange(tree.Right); leaves.AddRange(tree.LeafValues);
        }
        _feature = [.. feature]; _threshold = [.. threshold]; _left = [.. left]; _right = [.. right]; _leafValue = [.. leaves];
        Trees = trees;
        if (trees.All(t => t.LeafValues.Count <= 64) && BuildSplits(featureCount, trees) is var (splits, splitStart, leafInOrder))
            (_splits, _splitStart, _leafInOrder) = (splits, splitStart, leafInOrder);
        _narrow = trees.All(t => t.LeafValues.Count <= 32);
    }

    /// <summary>The QuickScorer tables; null unless every tree is a proper tree (each leaf reached by one path).</summary>
    private static (SplitNode[], int[], float[])? BuildSplits(int featureCount, IReadOnlyList<Tree> trees)
    {
        int nodeCount = 0, leafCount = 0;
        foreach (var tree in trees) { nodeCount += tree.Features.Count; leafCount += tree.LeafValues.Count; }
        var splits = new (int Feature, SplitNode Node)[nodeCount];
        var leafInOrder = new float[leafCount];
        int splitCount = 0, leafOffset = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            // Number the leaves left to right, then give each node the leaves outside its left subtree.
            var position = new int[tree.LeafValues.Count];
            Array.Fill(position, -1);
            int next = 0;
            bool proper = true;
            var seen = new bool[tree.Features.Count];
            void Number(int child)
            {
                if (child < 0) { proper &= position[~child] < 0; position[~child] = next++; return; }
                if (seen[child]) { proper = false; return; }   // a node shared by two parents: not a tree
                seen[child] = true;
                Number(tree.Left[child]);
                Number(tree.Right[child]);
            }
            ulong LeavesUnder(int child) =>
                child < 0 ? 1UL << position[~child] : LeavesUnder(tree.Left[child]) | LeavesUnder(tree.Right[child]);
            Number(tree.Features.Count == 0 ? -1 : 0);
            // A corrupt tree (a node reached twice, a leaf never) is scored by walking, as Score does.
            if (!proper || next != position.Length || seen.Contains(false)) return null;
            // The same float product Score takes, so the sums stay identical.
            for (int leaf = 0; leaf < position.Length; leaf++) leafInOrder[leafOffset + position[leaf]] = tree.Weight * tree.LeafValues[leaf];
            leafOffset += position.Length;
            for (int n = 0; n < tree.Features.Count; n++)
                splits[splitCount++] = (tree.Features[n], new SplitNode(tree.Thresholds[n], t, ~LeavesUnder(tree.Left[n])));
        }
        // By feature, then threshold. The order within equal thresholds does not matter: a row passes all of them or none.
        Array.Sort(splits, static (a, b) => a.Feature != b.Feature ? a.Feature.CompareTo(b.Feature) : a.Node.Threshold.CompareTo(b.Node.Threshold));
        var start = new int[featureCount + 1];
        var nodes = new SplitNode[splits.Length];
        for (int i = 0; i < splits.Length; i++)
        {
            start[splits[i].Feature + 1]++;
            nodes[i] = splits[i].Node;
        }
        for (int f = 0; f < featureCount; f++) start[f + 1] += start[f];
        return (nodes, start, leafInOrder);
    }

    /// <summary>One regression tree. Internal node n sends x left when x[Features[n]] ≤ Thresholds[n]; a child c &lt; 0 is leaf ~c.</summary>
    /// <param name="Weight">The tree's weight in the sum.</param>
    /// <param name="Features">Split feature of each internal node.</param>
    /// <param name="Thresholds">Split threshold of each internal node.</param>
    /// <param name="Left">Child for values ≤ threshold.</param>
    /// <param name="Right">Child for values &gt; threshold.</param>
    /// <param name="LeafValues">Output of each leaf.</param>
    public sealed record Tree(float Weight, IReadOnlyList<int> Features, IReadOnlyList<float> Thresholds,
        IReadOnlyList<int> Left, IReadOnlyList<int> Right, IReadOnlyList<float> LeafValues);

    /// <summary>Length of the feature vectors the ensemble scores.</summary>
    public int FeatureCount { get; }

    /// <summary>Constant added to every score.</summary>
    public double Bias { get; }

    /// <summary>The trees.</summary>
    public IReadOnlyList<Tree> Trees { get; }

    /// <summary>Scores one feature vector.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount) throw new ArgumentException($"Expected {FeatureCount} features.", nameof(features));
        double sum = Bias;
        for (int t = 0; t < _nodeStart.Length; t++)
        {
            int start = _nodeStart[t];
            // A single-leaf tree has no internal nodes: its leaf ~(-1) = 0 straight away.
            int node = _nodeCount[t] == 0 ? -1 : 0;
            while (node >= 0)
            {
                int i = start + node;
                node = features[_feature[i]] <= _threshold[i] ? _left[i] : _right[i];
            }
            sum += _treeWeight[t] * _leafValue[_leafStart[t] + ~node];
        }
        return sum;
    }

    /// <summary>
    /// Scores <paramref name="rows"/> rows of <paramref name="features"/> (<see cref="FeatureCount"/> values each)
    /// into <paramref name="scores"/>. Each row reaches the same leaves as in <see cref="Score"/> and adds the
    /// trees in the same order, so the results are identical.
    /// </summary>
    internal void ScoreRows(ReadOnlySpan<float> features, int rows, Span<double> scores)
    {
        int f = FeatureCount;
        if (features.Length < rows * f || scores.Length < rows) throw new ArgumentException("Too few features or scores for the rows.");
        if (_splits is null || _splitStart is null || _leafInOrder is null)
        {
            for (int r = 0; r < rows; r++) scores[r] = Score(features.Slice(r * f, f));
            return;
        }
        // Rows side by side, one 256-bit vector of their masks per tree: each node is read once for all of them, and
        // one compare and one AND replace a branch per row. A row goes right where x ≤ threshold is false (NaN too).
        // Eight rows with 32-bit masks and float compares when every tree has at most 32 leaves (comparing floats is
        // comparing them as doubles, NaN included); four with 64-bit masks and doubles otherwise.
        if (_narrow) ScoreRowsMasked<uint, float>(features, rows, scores);
        else ScoreRowsMasked<ulong, double>(features, rows, scores);
    }

    private void ScoreRowsMasked<TMask, TValue>(ReadOnlySpan<float> features, int rows, Span<double> scores)
        where TMask : unmanaged, IBinaryInteger<TMask>
        where TValue : unmanaged, IFloatingPointIeee754<TValue>
    {
        int lanes = Vector256<TMask>.Count, f = FeatureCount, treeCount = _treeWeight.Length;
        var left = treeCount <= 1024 ? stackalloc TMask[treeCount * lanes] : new TMask[treeCount * lanes];
        var masks = MemoryMarshal.Cast<TMask, Vector256<TMask>>(left);
        var splits = _splits.AsSpan();
        Span<float> x = stackalloc float[lanes];
        Span<TValue> lane = stackalloc TValue[lanes];
        for (int first = 0; first < rows; first += lanes)
        {
            int count = Math.Min(lanes, rows - first);
            masks.Fill(Vector256<TMask>.AllBitsSet);
            for (int feature = 0; feature < f; feature++)
            {
                var group = splits[_splitStart![feature].._splitStart[feature + 1]];
                if (group.IsEmpty) continue;
                float max = Gather(features, f, feature, first, count, x, out bool nan);
                for (int k = 0; k < lanes; k++) lane[k] = TValue.CreateTruncating(x[k]);
                var values = Vector256.Create<TValue>(lane);
                foreach (ref readonly var node in group)
                {
                    // Thresholds ascend: once one reaches every row's value, no row goes right again.
                    if (node.Threshold >= max && !nan) break;
                    var stays = Vector256.LessThanOrEqual(values, Vector256.Create(TValue.CreateTruncating(node.Threshold))).As<TValue, TMask>();
                    masks[node.Tree] &= stays | Vector256.Create(TMask.CreateTruncating(node.Keep));
                }
            }
            SumLeaves<TMask>(left, lanes, first, count, scores);
        }
    }

    // One feature of the rows [first, first + count) into x (a missing row repeats the last); their largest value.
    private static float Gather(ReadOnlySpan<float> features, int f, int feature, int first, int count, Span<float> x, out bool nan)
    {
        float max = float.NegativeInfinity;
        nan = false;
        for (int k = 0; k < x.Length; k++)
        {
            float v = features[(first + Math.Min(k, count - 1)) * f + feature];
            x[k] = v;
            nan |= float.IsNaN(v);
            max = Math.Max(max, v);
        }
        return max;
    }

    // Each row's score: the bias plus, tree by tree in order, the leftmost leaf its mask leaves (lane k of tree t at t × lanes + k).
    // The rows' sums advance side by side: each is a chain of dependent adds, and the CPU runs the chains together.
    private void SumLeaves<TMask>(ReadOnlySpan<TMask> left, int lanes, int first, int count, Span<double> scores) where TMask : IBinaryInteger<TMask>
    {
        var sums = scores.Slice(first, count);
        sums.Fill(Bias);
        var leaves = _leafInOrder.AsSpan();
        for (int t = 0; t < _leafStart.Length; t++)
        {
            var tree = leaves[_leafStart[t]..];
            var masks = left.Slice(t * lanes, count);
            for (int k = 0; k < sums.Length; k++) sums[k] += tree[int.CreateTruncating(TMask.TrailingZeroCount(masks[k]))];
        }
    }

    /// <summary>Writes the ensemble (Brotli-compressed).</summary>
    public void Write(Stream stream)
    {
        using var w = ModelResources.CreateCompressed(stream, Magic);
        w.Write(FeatureCount);
        w.Write(Bias);
        w.Write(Trees.Count);
        foreach (var tree in Trees)
        {
            w.Write(tree.Weight);
            w.Write(tree.Features.Count);
            for (int n = 0; n < tree.Features.Count; n++)
            {
                w.Write((short)tree.Features[n]);
                w.Write(tree.Thresholds[n]);
                w.Write((short)tree.Left[n]);
                w.Write((short)tree.Right[n]);
            }
            foreach (float v in tree.LeafValues) w.Write(v);
        }
    }

    /// <summary>Reads an ensemble written by <see cref="Write"/>; <paramref name="name"/> names it in errors.</summary>
    public static TreeEnsemble Read(Stream stream, string name)
    {
        using var r = ModelResources.OpenCompressed(stream, Magic, name);
        try
        {
            int featureCount = r.ReadInt32();
            double bias = r.ReadDouble();
            int count = r.ReadInt32();
            if (featureCount <= 0 || count < 0 || count > 100_000) throw new InvalidDataException($"The model '{name}' has a bad header.");
            var trees = new Tree[count];
            for (int t = 0; t < count; t++)
            {
                float weight = r.ReadSingle();
                int nodes = r.ReadInt32();
                if (nodes < 0 || nodes > 1 << 15) throw new InvalidDataException($"The model '{name}' is corrupt.");
                var f = new int[nodes]; var th = new float[nodes]; var l = new int[nodes]; var rt = new int[nodes];
                for (int n = 0; n < nodes; n++) { f[n] = r.ReadInt16(); th[n] = r.ReadSingle(); l[n] = r.ReadInt16(); rt[n] = r.ReadInt16(); }
                var leaves = new float[nodes + 1];
                for (int n = 0; n <= nodes; n++) leaves[n] = r.ReadSingle();
                trees[t] = new Tree(weight, f, th, l, rt, leaves);
            }
            return new TreeEnsemble(featureCount, bias, trees);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The model '{name}' is corrupt or truncated.", e);
        }
    }
}
