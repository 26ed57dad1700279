using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

public class MentionTypeRulesTests
{
    private const int Per = (int)EntityType.Person, Loc = (int)EntityType.Location, Org = (int)EntityType.Organization;

    // A gazetteer of made-up names: bit t = known under type t.
    private static NerGazetteer Gazetteer(params (string Name, int Type)[] names)
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var (name, type) in names)
        {
            ulong h = NerGazetteer.Seed;
            foreach (var word in name.Split(' ')) h = NerGazetteer.Extend(h, NerHash.Normalized(word));
            entries[h] = (byte)(entries.GetValueOrDefault(h) | 1 << type);
        }
        return new NerGazetteer(entries);
    }

    // Tags the named words of the sentence with the given types and applies the rules; returns word → type.
    private static Dictionary<string, int> Refine(string sentence, NerGazetteer gazetteer, params (string Word, int Type)[] tagged)
    {
        var tokens = new List<Token>();
        NewsTokenizer.Instance.Tokenize(sentence, 0, tokens);
        var words = tokens.Select(t => sentence.Substring(t.Start, t.Length)).ToList();
        var spans = tagged.Select(x => { int i = words.IndexOf(x.Word); Assert.True(i >= 0, x.Word); return (i, i + 1, x.Type); }).OrderBy(s => s.Item1).ToList();
        MentionTypeRules.Refine(sentence, tokens.ToArray(), spans, gazetteer);
        return spans.ToDictionary(s => words[s.Item1], s => s.Item3);
    }

    [Fact]
    public void A_name_ending_in_a_legal_form_is_an_organisation()
    {
        const string sentence = "Sabre Photonique SA and Harlow Foods plc signed, said Ana Co.";
        var tokens = new List<Token>();
        NewsTokenizer.Instance.Tokenize(sentence, 0, tokens);
        var words = tokens.Select(t => sentence.Substring(t.Start, t.Length)).ToList();
        int sabre = words.IndexOf("Sabre"), harlow = words.IndexOf("Harlow"), ana = words.IndexOf("Ana");
        var spans = new List<(int Start, int End, int Type)> { (sabre, sabre + 3, Per), (harlow, harlow + 3, Loc), (ana, ana + 2, Per) };
        MentionTypeRules.Refine(sentence, tokens.ToArray(), spans, Gazetteer());
        Assert.Equal([Org, Org, Per], spans.Select(s => s.Type));
    }

    [Fact]
    public void A_name_before_a_known_region_is_a_place()
    {
        var known = Gazetteer(("Vanland", Loc));
        Assert.Equal(Loc, Refine("The storm turned toward Brellport, Vanland, on Tuesday.", known, ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        // The region goes on ("Vanland's"), or is not a known place, or the name is one of a list: unchanged.
        Assert.Equal(Per, Refine("Ana Brellport, Vanland's envoy, spoke.", known, ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("The storm turned toward Brellport, Oskeny, on Tuesday.", known, ("Brellport", Per), ("Oskeny", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("Tovin, Brellport, Vanland.", known, ("Tovin", Per), ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("Brellport, Vanland, Tovin and Kell.", known, ("Brellport", Per), ("Vanland", Loc), ("Tovin", Per), ("Kell", Per))["Brellport"]);
        // One name after the region is no list: "the Alder County, Oregon, Sheriff's Office".
        Assert.Equal(Loc, Refine("Deputies of the Brellport, Vanland, Sheriff's Office arrived.", known, ("Brellport", Per), ("Vanland", Loc), ("Sheriff", Org))["Brellport"]);
    }

    [Fact]
    public void A_list_member_takes_the_type_of_its_known_members()
    {
        var known = Gazetteer(("Sarnia", Loc), ("Vesk", Loc), ("Dalt", Org));
        var types = Refine("Troops spread across Sarnia, Coramo and Vesk.", known, ("Sarnia", Loc), ("Coramo", Org), ("Vesk", Loc));
        Assert.Equal(Loc, types["Coramo"]);
        // A member the gazetteer knows under its own type only keeps it.
        Assert.Equal(Org, Refine("Troops spread across Sarnia, Dalt and Vesk.", known, ("Sarnia", Loc), ("Dalt", Org), ("Vesk", Loc))["Dalt"]);
        // With no member known, a list that ends with "and" or "or" takes the type most of it was tagged with …
        var none = Gazetteer();
        Assert.Equal(Loc, Refine("Cartels spread across Corvan, Merith and Tolmar.", none, ("Corvan", Loc), ("Merith", Org), ("Tolmar", Loc))["Merith"]);
        Assert.Equal(Per, Refine("Reporters Ferro, Lunn, Brask or Quell wrote it.", none, ("Ferro", Per), ("Lunn", Per), ("Brask", Loc), ("Quell", Per))["Brask"]);
        // … but names a comma merely runs on to are no list ("A native of Corvan, Merith, Tolmar was captain"), and a tie decides nothing.
        Assert.Equal(Per, Refine("A native of Corvan, Merith, Tolmar was captain.", none, ("Corvan", Loc), ("Merith", Loc), ("Tolmar", Per))["Tolmar"]);
        Assert.Equal(Org, Refine("Ferro, Lunn, Brask and Quell signed.", none, ("Ferro", Loc), ("Lunn", Loc), ("Brask", Org), ("Quell", Org))["Brask"]);
    }

    [Theory]
    [InlineData("County", Loc)]
    [InlineData("Bridge", Loc)]
    [InlineData("Square", Loc)]
    [InlineData("College", Org)]
    [InlineData("Foundation", Org)]
    // Nouns that are also surnames ("Tony Hall", "Inbee Park", "Margaret Court") name no place by themselves.
    [InlineData("Hall", -1)]
    [InlineData("Park", -1)]
    [InlineData("Court", -1)]
    [InlineData("Sheinbaum", -1)]
    public void Names_ending_in_a_place_or_institution_noun_have_its_type(string word, int type) =>
        Assert.Equal(type, MentionTypeRules.HeadType(word));
}
