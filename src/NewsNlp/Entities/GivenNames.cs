using NewsNlp.Summarization;

namespace NewsNlp.Entities;

/// <summary>
/// Given names the labelled corpora use to open people's names (models/given-names.txt, induced by
/// models/induce_given_names.py), for names the tagger typed as something else: a model that never saw "Trump"
/// tags "Donald Trump" a place or an organisation, though "Donald" opens only people's names.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names =
        new HashSet<string>(ModelResources.ReadLines("given-names.txt"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a given name as written, capitalised ("Donald").</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Names.Contains(word);
}
