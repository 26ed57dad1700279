namespace NewsNlp.Entities;

/// <summary>
/// Given names the labelled corpora use to open people's names (models/given-names.txt, induced by
/// models/induce_given_names.py), for names the tagger typed as something else: a model that never saw "Trump"
/// tags "Donald Trump" a place or an organisation, though "Donald" opens only people's names.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a given name as written, capitalised ("Donald").</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Names.Contains(word);

    private static HashSet<string> Load()
    {
        var assembly = typeof(GivenNames).Assembly;
        using var stream = assembly.GetManifestResourceStream("NewsNlp.Models.given-names.txt")
            ?? throw new InvalidOperationException($"The embedded resource given-names.txt is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (string? line; (line = reader.ReadLine()) is not null;)
            if (line.Length > 0 && line[0] != '#') names.Add(line.Trim());
        return names;
    }
}
