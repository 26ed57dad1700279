using System.Text;

namespace NewsNlp.Batch;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the records whose id hashes there. The hash is 64-bit
/// FNV-1a over the id's UTF-8 bytes, taken modulo <see cref="Count"/>: stable across processes, machines and
/// .NET versions (unlike <see cref="string.GetHashCode()"/>), so N shard runs together cover every record exactly once.
/// </summary>
/// <param name="Index">The shard to keep, from 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">The number of shards (at least 1).</param>
public readonly record struct BatchShard(int Index, int Count)
{
    /// <summary>The whole input as one shard.</summary>
    public static BatchShard All => new(0, 1);

    /// <summary>Parses "K/N" with 0 ≤ K &lt; N; false (with the reason) when it is not one.</summary>
    public static bool TryParse(string? text, out BatchShard shard, out string? error)
    {
        shard = All;
        error = null;
        int slash = text?.IndexOf('/') ?? -1;
        if (text is null || slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), System.Globalization.NumberStyles.None, null, out int k)
            || !int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out int n))
        {
            error = $"--shard must be K/N with whole numbers, e.g. 0/4 (got '{text}')";
            return false;
        }
        if (n < 1 || k >= n)
        {
            error = $"--shard K/N needs N ≥ 1 and 0 ≤ K < N (got '{text}')";
            return false;
        }
        shard = new BatchShard(k, n);
        return true;
    }

    /// <summary>True when the record with this id belongs to this shard.</summary>
    public bool Contains(string id) => Count <= 1 || (int)(StableHash.Fnv1a64(id) % (ulong)Count) == Index;

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}

/// <summary>Stable, non-cryptographic string hashes that never change between runs.</summary>
public static class StableHash
{
    /// <summary>64-bit FNV-1a of the UTF-8 encoding of <paramref name="text"/> (lone surrogates as U+FFFD).</summary>
    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const ulong offsetBasis = 14695981039346656037, prime = 1099511628211;
        ulong hash = offsetBasis;
        Span<byte> buffer = stackalloc byte[256];
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = text.AsSpan();
        bool completed = false;
        while (!completed)
        {
            encoder.Convert(chars, buffer, flush: true, out int used, out int written, out completed);
            foreach (byte b in buffer[..written]) hash = (hash ^ b) * prime;
            chars = chars[used..];
        }
        return hash;
    }
}
