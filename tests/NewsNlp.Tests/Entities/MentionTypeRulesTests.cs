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
    public void A_name_before_a_known_region_is_a_place()
    {
        var known = Gazetteer(("Vanland", Loc));
        Assert.Equal(Loc, Refine("The storm turned toward Brellport, Vanland, on Tuesday.", known, ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        // The region goes on ("Vanland's"), or is not a known place, or the name is one of a list: unchanged.
        Assert.Equal(Per, Refine("Ana Brellport, Vanland's envoy, spoke.", known, ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("The storm turned toward Brellport, Oskeny, on Tuesday.", known, ("Brellport", Per), ("Oskeny", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("Tovin, Brellport, Vanland.", known, ("Tovin", Per), ("Brellport", Per), ("Vanland", Loc))["Brellport"]);
        Assert.Equal(Per, Refine("Brellport, Vanland, Tovin and Kell.", known, ("Brellport", Per), ("Vanland", Loc), ("Tovin", Per), ("Kell", Per))["Brellport"]);
        // One name after the region is no list: "the Pine County, Minnesota, Sheriff's Office".
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
        // Unknown members do not vote: a list the tagger got mostly wrong does not spread its mistake.
        Assert.Equal(Per, Refine("The team is Ferro, Lunn, Brask and Quell.", known, ("Ferro", Loc), ("Lunn", Loc), ("Brask", Per), ("Quell", Loc))["Brask"]);
    }

    [Theory]
    [InlineData("Deputies in Brell County searched the woods.", "Brell County", Loc)]
    [InlineData("Marchers crossed the Oskar Tovin Bridge at noon.", "Oskar Tovin Bridge", Loc)]
    [InlineData("Crowds filled Vesk Square again on Friday.", "Vesk Square", Loc)]
    [InlineData("She studied at Menn College before the war.", "Menn College", Org)]
    [InlineData("A grant from the Hollis Foundation paid for it.", "Hollis Foundation", Org)]
    [InlineData("Protesters returned to the Square on Sunday.", "Square", Loc)]
    public void A_person_named_like_a_place_or_institution_takes_its_type(string sentence, string name, int type)
    {
        Assert.Equal(type, RefineName(sentence, name, Per));
        // A name the tagger already typed as a place or organisation keeps its type.
        Assert.Equal(Org, RefineName(sentence, name, Org));
    }

    [Theory]
    [InlineData("Director Tony Hall said the plan would go ahead.", "Tony Hall")]
    [InlineData("Golfer Inbee Park won by three strokes.", "Inbee Park")]
    [InlineData("Margaret Court won the title in 1970.", "Margaret Court")]
    public void A_person_whose_surname_is_also_a_place_word_stays_a_person(string sentence, string name) =>
        Assert.Equal(Per, RefineName(sentence, name, Per));

    // Tags the words of name (consecutive tokens of the sentence) as one span of the given type and returns its refined type.
    private static int RefineName(string sentence, string name, int type)
    {
        var tokens = new List<Token>();
        NewsTokenizer.Instance.Tokenize(sentence, 0, tokens);
        int start = tokens.FindIndex(t => sentence.AsSpan(t.Start).StartsWith(name, StringComparison.Ordinal));
        Assert.True(start >= 0, name);
        int end = start + 1;
        while (tokens[end - 1].End < sentence.IndexOf(name, StringComparison.Ordinal) + name.Length) end++;
        var spans = new List<(int Start, int End, int Type)> { (start, end, type) };
        MentionTypeRules.Refine(sentence, tokens.ToArray(), spans, Gazetteer());
        Assert.Equal((start, end), (spans[0].Start, spans[0].End));
        return spans[0].Type;
    }
}
