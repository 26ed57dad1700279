using System.Runtime.CompilerServices;

namespace NewsNlp.Entities;

/// <summary>
/// Stable 64-bit hashes for feature hashing: FNV-1a over characters, mixed with a SplitMix64 finaliser.
/// Never string.GetHashCode: the model stores buckets, so hashes must be the same in every process.
/// </summary>
internal static class NerHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hash of the characters exactly as written.</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text) h = (h ^ c) * FnvPrime;
        return h;
    }

    /// <summary>Hash of the case- and accent-folded characters with every digit as 0 ("Juárez" = "JUAREZ", "1996" = "2025").</summary>
    public static ulong Normalized(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text) h = (h ^ NormalizeChar(c)) * FnvPrime;
        return h;
    }

    /// <summary>The character as the normalized hash sees it.</summary>
    public static char NormalizeChar(char c) => c is >= '0' and <= '9' ? '0' : TextFolding.Fold(c);

    /// <summary>Hash of a string's normalized form (for building tables).</summary>
    public static ulong Normalized(string text) => Normalized(text.AsSpan());

    /// <summary>Combines two hashes (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL ^ (b + 0x632BE59BD9B4E019UL));

    /// <summary>SplitMix64 finaliser: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The 64-bit key of a feature (template and value); never 0, which marks an absent feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong value)
    {
        ulong key = Mix(value ^ ((ulong)(template + 1) * 0xD6E8FEB86659FD93UL));
        return key == 0 ? 1 : key;
    }
}
