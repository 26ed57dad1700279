using System.Text;

namespace NewsNlp.Entities;

/// <summary>
/// Reads names from other labelled corpora for the external gazetteer, mapping their labels honestly to
/// CoNLL types: per/person → PER, geo/location → LOC, org/corporation → ORG. Labels with no clean
/// counterpart (GMB gpe mixes countries, which CoNLL calls LOC, with nationalities, which it calls MISC;
/// time, art, event, product) are left out.
/// </summary>
internal static class ExternalNames
{
    /// <summary>The names of a GMB-style CSV (Sentence #,Word,POS,Tag) or a CoNLL-style file (word first, BIO tag last).</summary>
    public static List<(string[] Words, int Type)> Read(string path)
    {
        var names = new List<(string[], int)>();
        var words = new List<string>();
        var tags = new List<string>();
        void Flush()
        {
            int start = -1, type = -1;
            for (int i = 0; i <= tags.Count; i++)
            {
                string tag = i < tags.Count ? tags[i] : "O";
                int t = tag.Length > 2 && tag[1] == '-' ? Map(tag[2..]) : -1;
                bool begins = tag.StartsWith('B') || t != type;
                if (start >= 0 && (t < 0 || begins)) { names.Add((words.GetRange(start, i - start).ToArray(), type)); start = -1; type = -1; }
                if (t >= 0 && start < 0) { start = i; type = t; }
            }
            words.Clear();
            tags.Clear();
        }
        using var reader = ConllCorpus.Open(path);
        bool csv = path.Contains(".csv", StringComparison.OrdinalIgnoreCase);
        if (csv) reader.ReadLine();   // header
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (csv)
            {
                var fields = SplitCsv(line);
                if (fields.Count < 4) continue;
                if (fields[0].Length > 0) Flush();
                words.Add(fields[1]);
                tags.Add(fields[3]);
            }
            else
            {
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Flush(); continue; }
                var cols = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                words.Add(cols[0]);
                tags.Add(cols[^1]);
            }
        }
        // A truncated last sentence is dropped rather than trusted.
        return names;
    }

    private static int Map(string label) => label.ToLowerInvariant() switch
    {
        "per" or "person" => 0,
        "geo" or "location" => 1,
        "org" or "corporation" => 2,
        _ => -1,
    };

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString().TrimEnd('\r'));
        return fields;
    }
}
