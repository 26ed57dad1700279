using System.Text.Json;
using NewsNlp.Tests.Cli;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Summarization;

public class SummarizeCommandTests
{
    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (code, stdout, stderr) = CliRunner.Run(SummaryFixtures.RailStrike, "summarize", "@in", "--output", "@out", "--bullets", "4", "--sentences", "2", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "title", "quickLooks", "summary", "entities", "keyphrases", "existingQuickLooks" })
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        Assert.Equal(4, root.GetProperty("quickLooks").GetArrayLength());
        foreach (var q in root.GetProperty("quickLooks").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("label").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("text").GetString()));
            Assert.True(q.GetProperty("sentenceIndex").GetInt32() >= 0);
            Assert.Equal(JsonValueKind.Number, q.GetProperty("score").ValueKind);
        }
        Assert.Equal(2, root.GetProperty("summary").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("existingQuickLooks").ValueKind);
    }

    [Fact]
    public void Markdown_has_a_quick_looks_heading_and_labelled_bullets()
    {
        var (code, stdout, stderr) = CliRunner.Run(SummaryFixtures.FloodPlan, "summarize", "@in", "--output", "@out");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("## ", lines[0]);
        Assert.EndsWith(": Quick Looks", lines[0]);
        var bullets = lines.Skip(1).ToArray();
        Assert.Equal(5, bullets.Length);
        Assert.All(bullets, b => Assert.Matches(@"^- \*\*[^*]+:\*\* \S", b));
    }

    [Fact]
    public void Empty_input_still_prints_a_heading()
    {
        var (code, stdout, _) = CliRunner.Run("", "summarize", "@in", "--output", "@out");
        Assert.Equal(0, code);
        Assert.Matches(@"^## .+: Quick Looks", stdout);
    }

    [Fact]
    public void Negative_counts_are_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run(SummaryFixtures.FloodPlan, "summarize", "@in", "--output", "@out", "--bullets", "-1");
        Assert.Equal(2, code);
        Assert.Contains("--bullets", stderr);
    }

    [SkippableFact]
    public void Seed_article_bullets_cover_its_key_facts_and_beat_the_lead()
    {
        string path = TestPaths.SharedDataFile("seed/border-deal.txt");
        var (code, stdout, stderr) = CliRunner.Run(File.ReadAllText(path), "summarize", "@in", "--output", "@out", "--bullets", "10", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var texts = root.GetProperty("quickLooks").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(10, texts.Length);
        string all = string.Join("\n", texts);
        foreach (var fact in new[] { "10,000", "1,650", "1,949", "tariff", "gun smuggling" })
            Assert.Contains(fact, all, StringComparison.OrdinalIgnoreCase);
        var existing = root.GetProperty("existingQuickLooks").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(10, existing.Length);
        var nlp = NewsPipeline.CreateDefault();
        var doc = nlp.Analyze(File.ReadAllText(path));
        var lead = doc.Sentences.Take(10).Select(doc.TextOf).ToArray();
        double ours = Rouge1(texts, existing), baseline = Rouge1(lead, existing);
        Assert.True(ours > baseline, $"ROUGE-1 {ours:F2} vs lead {baseline:F2}");
    }

    // ROUGE-1 F1 by ../shared/tools/rouge.py (stemmed, as the target is measured); skips without python3.
    private static double Rouge1(IReadOnlyList<string> summary, IReadOnlyList<string> reference)
    {
        string tool = Path.Combine(TestPaths.Shared, "tools", "rouge.py");
        Skip.IfNot(File.Exists(tool), "rouge.py is absent.");
        string dir = Path.Combine(Path.GetTempPath(), "newsnlp-rouge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string pred = Path.Combine(dir, "pred.jsonl"), refs = Path.Combine(dir, "ref.jsonl");
            File.WriteAllText(pred, JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = "seed", ["summary"] = summary }) + "\n");
            File.WriteAllText(refs, JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = "seed", ["highlights"] = reference }) + "\n");
            var start = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { tool, "--pred", pred, "--ref", refs, "--json" }) start.ArgumentList.Add(a);
            System.Diagnostics.Process? process = null;
            try { process = System.Diagnostics.Process.Start(start); }
            catch (System.ComponentModel.Win32Exception) { }
            Skip.If(process is null, "python3 is not installed.");
            string output = process!.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Skip.If(process.ExitCode != 0, "rouge.py could not run here (NLTK missing?).");
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("rouge1").GetProperty("f1").GetDouble();
        }
        finally { Directory.Delete(dir, true); }
    }
}
