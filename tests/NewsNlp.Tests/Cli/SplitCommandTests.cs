using System.Text.Json;

namespace NewsNlp.Tests.Cli;

public class SplitCommandTests
{
    [Fact]
    public void Split_writes_one_line_per_input_line_with_errors_in_place()
    {
        string input = string.Join("\n",
            """{"id":"a","text":"The troops arrived on Tuesday. They patrolled the border."}""",
            """{"id":"b","text":}""",
            """{"id":7,"title":"no text here"}""",
            """{"id":"d","text":"One more sentence here."}""") + "\n";

        var (code, stdout, stderr) = CliRunner.Run(input, "split", "--input", "@in", "--output", "@out");

        Assert.Equal(1, code);
        Assert.Contains("2 failed", stderr);
        var lines = stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        string text = "The troops arrived on Tuesday. They patrolled the border.";
        foreach (var span in lines[0].GetProperty("spans").EnumerateArray())
        {
            int start = span[0].GetInt32(), end = span[1].GetInt32();
            Assert.Contains(text[start..end], lines[0].GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
        }
        Assert.Equal(2, lines[0].GetProperty("sentences").GetArrayLength());
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32()); // unreadable line: id is its line number
        Assert.Equal("error", lines[1].GetProperty("status").GetString());
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("text", lines[2].GetProperty("error").GetString());
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
    }

    [Fact]
    public void Split_with_unreadable_input_exits_2_with_a_message()
    {
        var (code, _, stderr) = CliRunner.Run("", "split", "--input", "/nonexistent/file.jsonl", "--output", "@out");
        Assert.Equal(2, code);
        Assert.Contains("cannot read", stderr);
    }
}
