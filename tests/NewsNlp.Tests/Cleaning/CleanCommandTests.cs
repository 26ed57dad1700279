using System.Diagnostics;
using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cleaning;

/// <summary>
/// <c>newsnlp clean</c> end to end, as a separate process: the command writes to the raw standard output
/// stream, which an in-process run cannot capture.
/// </summary>
public class CleanCommandTests
{
    [Fact]
    public void Clean_json_prints_the_documented_fields()
    {
        var (code, stdout, stderr) = RunCli("clean", "--format", "json", Path.Combine(TestPaths.Samples, "border-troops.txt"));

        Assert.True(code == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(
            ["title", "standfirst", "author", "source", "dateline", "date", "headings", "paragraphs", "captions", "existingQuickLooks"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Mexico Keeps 10,000 Troops at Border as Tariff Pause Nears Its End", json.GetProperty("title").GetString());
        Assert.Equal("Rosa Delgado", json.GetProperty("author").GetString());
        Assert.Equal("Frontera Daily", json.GetProperty("source").GetString());
        Assert.Equal("El Paso", json.GetProperty("dateline").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("date").ValueKind);
        Assert.Equal("A Deal Built on a Deadline", json.GetProperty("headings")[0].GetString());
        Assert.StartsWith("Mexico will keep its 10,000 National Guard troops", json.GetProperty("paragraphs")[0].GetString());
        Assert.EndsWith("(AP Photo/Lucia Benavides)", json.GetProperty("captions")[0].GetString());
        var bullets = json.GetProperty("existingQuickLooks");
        Assert.Equal(7, bullets.GetArrayLength());
        Assert.Equal("Troops Stay Put", bullets[0].GetProperty("label").GetString());
        Assert.StartsWith("Mexico will keep all 10,000", bullets[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Clean_text_reads_html_from_standard_input()
    {
        var (code, stdout, stderr) = RunCliWithInput(File.ReadAllText(Path.Combine(TestPaths.Samples, "harbor-strike.html")), "clean", "-");

        Assert.True(code == 0, stderr);
        Assert.StartsWith("# Dockworkers Walk Out at Port of Bayview as Contract Talks Collapse\n", stdout);
        Assert.Contains("## Automation at the Heart of the Dispute", stdout);
        Assert.DoesNotContain("cookies", stdout);
    }

    private static (int Code, string Stdout, string Stderr) RunCli(params string[] args) => RunCliWithInput(null, args);

    private static (int Code, string Stdout, string Stderr) RunCliWithInput(string? stdin, params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8, UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(60_000), "newsnlp clean timed out");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
