using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Cli;

namespace NewsNlp.Tests.Entities;

public class EntityCliTests
{
    private const string Fixture =
        "-DOCSTART- -X- O O\n" +
        "\n" +
        "Claudia NNP B-NP B-PER\n" +
        "Sheinbaum NNP I-NP I-PER\n" +
        "visited VBD B-VP O\n" +
        "Tijuana NNP B-NP B-LOC\n" +
        ". . O O\n" +
        "\n" +
        "Sheinbaum NNP B-NP B-PER\n" +
        "met VBD B-VP O\n" +
        "officials NNS B-NP O\n" +
        "of IN B-PP O\n" +
        "the DT B-NP O\n" +
        "National NNP I-NP B-ORG\n" +
        "Guard NNP I-NP I-ORG\n" +
        ". . O O\n" +
        "\n" +
        "-DOCSTART- -X- O O\n" +
        "\n" +
        "Reuters NNP B-NP B-ORG\n" +
        "reported VBD B-VP O\n" +
        "from IN B-PP O\n" +
        "Paris NNP B-NP B-LOC\n";

    [Fact]
    public void Tag_keeps_every_line_and_appends_one_column()
    {
        var (code, stdout, stderr) = CliRunner.Run(Fixture, "tag", "--conll", "@in", "--output", "@out");
        Assert.True(code == 0, stderr);
        var inLines = Fixture.TrimEnd('\n').Split('\n');
        var outLines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        for (int i = 0; i < inLines.Length; i++)
        {
            if (inLines[i].Length == 0 || inLines[i].StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Assert.Equal(inLines[i], outLines[i]); continue; }
            Assert.StartsWith(inLines[i] + " ", outLines[i]);
            string tag = outLines[i][(inLines[i].Length + 1)..];
            Assert.Matches("^(O|[BI]-(PER|LOC|ORG|MISC))$", tag);
        }
        Assert.EndsWith(" B-PER", outLines[2]);
        Assert.EndsWith(" I-PER", outLines[3]);
        Assert.EndsWith(" B-LOC", outLines[5]);
        Assert.EndsWith(" B-LOC", outLines[^1]);
    }

    [Fact]
    public void Tag_reports_a_missing_file()
    {
        var (code, _, stderr) = CliRunner.Run("", "tag", "--conll", "/nonexistent/file.conll", "--output", "@out");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/file.conll", stderr);
    }

    [Fact]
    public void Train_ner_reads_several_files_without_a_dev_set_and_tag_uses_the_model_it_wrote()
    {
        // Two small corpora of our own: the model trained on both, for a fixed number of epochs (no --dev), is then
        // used by tag --model and must at least reproduce its training names.
        string dir = Path.Combine(Path.GetTempPath(), "newsnlp-train-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var people = new[] { ("Maria", "Lopez"), ("Tom", "Becker"), ("Anna", "Novak"), ("Omar", "Haddad"), ("Lena", "Fischer") };
            var places = new[] { "Tijuana", "Lisbon", "Denver", "Krakow", "Nairobi" };
            var first = new StringBuilder("-DOCSTART- -X- O O\n\n");
            var second = new StringBuilder("-DOCSTART- -X- O O\n\n");
            for (int k = 0; k < 40; k++)
            {
                var (given, family) = people[k % people.Length];
                var corpus = k % 2 == 0 ? first : second;
                corpus.Append($"{given} NNP O B-PER\n{family} NNP O I-PER\nvisited VBD O O\n{places[(k / 2) % places.Length]} NNP O B-LOC\non IN O O\nMonday NNP O O\n. . O O\n\n");
            }
            string a = Path.Combine(dir, "a.conll"), b = Path.Combine(dir, "b.conll"), model = Path.Combine(dir, "m.bin");
            File.WriteAllText(a, first.ToString());
            File.WriteAllText(b, second.ToString());
            var (code, _, stderr) = CliRunner.Run("", "train", "ner", "--train", a, b, "--epochs", "3", "--output", model);
            Assert.True(code == 0, stderr);
            Assert.Contains("train: 2 documents, 40 sentences; dev: 0 documents", stderr);
            Assert.True(File.Exists(model));

            const string probe = "Anna NNP O O\nNovak NNP O O\nvisited VBD O O\nDenver NNP O O\n. . O O\n";
            (code, string tagged, stderr) = CliRunner.Run(probe, "tag", "--conll", "@in", "--model", model, "--output", "@out");
            Assert.True(code == 0, stderr);
            Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tagged.TrimEnd('\n').Split('\n').Select(l => l[(l.LastIndexOf(' ') + 1)..]));

            (code, _, stderr) = CliRunner.Run(probe, "tag", "--conll", "@in", "--model", Path.Combine(dir, "missing.bin"), "--output", "@out");
            Assert.Equal(2, code);
            Assert.Contains("missing.bin", stderr);
            (code, _, stderr) = CliRunner.Run("", "train", "ner", "--train", a, "--epochs", "0", "--output", model);
            Assert.Equal(2, code);
            Assert.Contains("--epochs", stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Entities_json_has_the_documented_shape()
    {
        var (code, stdout, stderr) = RunProcess(TestArticles.BorderTalks, "entities", "@in", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var array = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(array);
        double last = double.MaxValue;
        foreach (var e in array)
        {
            Assert.Equal(["text", "type", "mentions", "salience", "spans"], e.EnumerateObject().Select(p => p.Name));
            double salience = e.GetProperty("salience").GetDouble();
            Assert.True(salience <= last);
            last = salience;
            Assert.Equal(e.GetProperty("mentions").GetInt32(), e.GetProperty("spans").GetArrayLength());
            foreach (var span in e.GetProperty("spans").EnumerateArray()) Assert.Equal(2, span.GetArrayLength());
        }
        var sheinbaum = array.Single(e => e.GetProperty("text").GetString() == "Claudia Sheinbaum");
        Assert.Equal("PER", sheinbaum.GetProperty("type").GetString());
        Assert.Contains(array, e => e.GetProperty("text").GetString() == "10,000" && e.GetProperty("type").GetString() == "CARDINAL");
    }

    [Fact]
    public void Entities_json_spans_index_the_input_file()
    {
        // A headline and byline that cleaning removes, so offsets into the cleaned text would point elsewhere.
        string input = "Troops Head North After Call\n\nBy Ana Ruiz | Border Desk\n\n" + TestArticles.BorderTalks;
        var (code, stdout, stderr) = RunProcess(input, "entities", "@in", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        string[] Mentions(string entity) =>
            [.. json.RootElement.EnumerateArray().Single(e => e.GetProperty("text").GetString() == entity).GetProperty("spans").EnumerateArray()
                .Select(s => input[s[0].GetInt32()..s[1].GetInt32()])];
        Assert.Equal(["Claudia Sheinbaum", "Sheinbaum", "Sheinbaum"], Mentions("Claudia Sheinbaum"));
        Assert.Equal(["Ciudad Juárez", "Ciudad Juárez", "Ciudad Juarez"], Mentions("Ciudad Juárez"));
        Assert.Equal(["10,000"], Mentions("10,000"));
    }

    [Fact]
    public void Entities_text_format_prints_one_line_per_entity()
    {
        var (code, stdout, stderr) = RunProcess(TestArticles.BorderTalks, "entities", "@in", "--format", "text");
        Assert.True(code == 0, stderr);
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("PER\tClaudia Sheinbaum\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_of_empty_input_is_an_empty_array()
    {
        var (code, stdout, _) = RunProcess("", "entities", "@in");
        Assert.Equal(0, code);
        Assert.Equal("[]", stdout.Trim());
    }

    /// <summary>Runs the CLI as a child process: `entities` writes to the real standard output, which CliRunner cannot capture.</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunProcess(string input, params string[] args)
    {
        string inPath = Path.Combine(Path.GetTempPath(), "newsnlp-entities-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(inPath, input, new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(typeof(NewsNlp.Cli.Program).Assembly.Location);
            foreach (var a in args) start.ArgumentList.Add(a == "@in" ? inPath : a);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "the CLI did not finish within 60 s");
            return (process.ExitCode, stdout, stderr.Result);
        }
        finally { File.Delete(inPath); }
    }
}
