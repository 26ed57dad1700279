using System.Text;
using NewsNlp.Tests.Cli;

namespace NewsNlp.Tests.Batch;

public class BatchCommandTests
{
    [Fact]
    public void Jsonl_in_jsonl_out_exit_0_and_summary_line_on_stderr()
    {
        var (code, stdout, stderr) = CliRunner.Run(BatchFixtures.Jsonl(5), "batch", "--input", "@in", "--input-format", "jsonl", "--output", "@out", "--output-format", "jsonl", "--jobs", "2", "--progress", "never");
        Assert.Equal(0, code);
        Assert.Equal(5, BatchFixtures.Lines(stdout).Count);
        Assert.Matches(@"5 ok, 0 failed, [\d.]+ s elapsed, [\d.]+ records/s", stderr);
    }

    [Fact]
    public void Some_bad_records_exit_1_and_every_record_still_has_its_line()
    {
        string input = BatchFixtures.Jsonl(3) + "{broken\n" + BatchFixtures.Jsonl(1, _ => "last");
        var (code, stdout, stderr) = CliRunner.Run(input, "batch", "--input", "@in", "--input-format", "jsonl", "--output", "@out", "--progress", "never", "--bullets", "2", "--sentences", "1");
        Assert.Equal(1, code);
        var lines = BatchFixtures.Lines(stdout);
        Assert.Equal(["doc-1", "doc-2", "doc-3", "4", "last"], lines.Select(l => l.GetProperty("id").ToString()));
        Assert.Equal("error", lines[3].GetProperty("status").GetString());
        Assert.All(lines.Where(l => l.GetProperty("status").GetString() == "ok"), l =>
        {
            Assert.InRange(l.GetProperty("quickLooks").GetArrayLength(), 1, 2);
            Assert.Equal(1, l.GetProperty("summary").GetArrayLength());
        });
        Assert.Contains("4 ok, 1 failed", stderr);
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--shard", "3/3")]
    [InlineData("--shard", "x")]
    [InlineData("--progress", "sometimes")]
    [InlineData("--input-format", "xml")]
    public void Bad_usage_exits_2_with_a_message(string option, string value)
    {
        var (code, _, stderr) = CliRunner.Run(BatchFixtures.Jsonl(1), "batch", "--input", "@in", "--input-format", "jsonl", "--output", "@out", option, value);
        Assert.Equal(2, code);
        Assert.Contains("newsnlp", stderr);
    }

    [Fact]
    public void Unreadable_input_exits_2_with_a_clear_message()
    {
        var (code, _, stderr) = CliRunner.Run("", "batch", "--input", "/nonexistent/articles.jsonl", "--output", "@out");
        Assert.Equal(2, code);
        Assert.Contains("cannot read '/nonexistent/articles.jsonl'", stderr);

        (code, _, stderr) = CliRunner.Run("id,body\n1,text\n", "batch", "--input", "@in", "--input-format", "csv", "--output", "@out");
        Assert.Equal(2, code);
        Assert.Contains("no 'text' column", stderr);

        (code, _, stderr) = CliRunner.Run("", "batch", "--input", "@in", "--output", "@out");
        Assert.Equal(2, code);
        Assert.Contains("--input-format", stderr);
    }

    [Fact]
    public void Csv_input_with_text_column_option_and_csv_output_by_extension()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            string input = Path.Combine(dir, "articles.csv"), output = Path.Combine(dir, "summaries.csv");
            var csv = new StringBuilder("article,highlights\n");
            foreach (string article in BatchFixtures.Articles) csv.Append(BatchFixtures.Cell(article)).Append(",x\n");
            File.WriteAllText(input, csv.ToString(), new UTF8Encoding(true));
            var (code, _, _) = CliRunner.Run("", "batch", "--input", input, "--output", output, "--text-column", "article", "--progress", "never");
            Assert.Equal(0, code);
            string written = File.ReadAllText(output);
            Assert.StartsWith("id,status,error,title,summary,quick_looks,entities\n1,ok,", written);
            Assert.Contains("\n4,ok,", written);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Directory_input_with_progress_always()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            string articles = Path.Combine(dir, "articles");
            Directory.CreateDirectory(articles);
            for (int i = 0; i < BatchFixtures.Articles.Length; i++) File.WriteAllText(Path.Combine(articles, $"story-{i}.txt"), BatchFixtures.Articles[i]);
            File.WriteAllText(Path.Combine(articles, "empty.txt"), "");
            var (code, stdout, stderr) = CliRunner.Run("", "batch", "--input", articles, "--output", "@out", "--progress", "always");
            Assert.Equal(1, code);
            Assert.Equal(["empty.txt", "story-0.txt", "story-1.txt", "story-2.txt", "story-3.txt"], BatchFixtures.Lines(stdout).Select(l => l.GetProperty("id").GetString()));
            Assert.Contains("records/s", stderr);
        }
        finally { Directory.Delete(dir, true); }
    }
}
