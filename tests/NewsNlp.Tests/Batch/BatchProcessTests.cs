using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Batch;

/// <summary>Runs the built CLI (NewsNlp.Cli.dll beside the tests) as real processes: kill and resume, shards.</summary>
public class BatchProcessTests
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost()) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(CliDll);
        foreach (string a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

    private static (int Code, string Stderr) Wait(Process process)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the CLI did not finish within 60 s");
        return (process.ExitCode, stderr.Result);
    }

    [Fact]
    public void Killed_run_resumed_ends_with_every_id_exactly_once_and_no_torn_line()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            const int records = 400;
            string input = Path.Combine(dir, "in.jsonl"), output = Path.Combine(dir, "out.jsonl");
            File.WriteAllText(input, BatchFixtures.Jsonl(records));

            using (var run = Start("batch", "--input", input, "--output", output, "--jobs", "1", "--progress", "never"))
            {
                var clock = Stopwatch.StartNew();
                // Kill as soon as the first block of records is on disk: mid-run, possibly mid-write.
                while (!run.HasExited && (!File.Exists(output) || new FileInfo(output).Length == 0) && clock.Elapsed < TimeSpan.FromSeconds(30))
                    Thread.Sleep(5);
                run.Kill(entireProcessTree: true);
                run.WaitForExit();
            }
            int before = File.ReadAllText(output).Count(c => c == '\n');
            Assert.InRange(before, 1, records - 1);

            using (var resumed = Start("batch", "--input", input, "--output", output, "--resume", "--jobs", "2", "--progress", "never"))
            {
                var (code, stderr) = Wait(resumed);
                Assert.True(code == 0, stderr);
                Assert.Contains("already in the output", stderr);
            }

            string written = File.ReadAllText(output);
            Assert.EndsWith("\n", written);
            var ids = BatchFixtures.Lines(written).Select(l => l.GetProperty("id").GetString()).ToList();
            Assert.Equal(records, ids.Count);
            Assert.Equal(Enumerable.Range(1, records).Select(i => $"doc-{i}"), ids);
            // Same bytes as an uninterrupted run.
            Assert.Equal(BatchFixtures.RunJsonl(File.ReadAllText(input), jobs: 2).Output, written);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Shard_processes_together_equal_one_full_run()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            const int shards = 3;
            string input = Path.Combine(dir, "in.jsonl");
            File.WriteAllText(input, BatchFixtures.Jsonl(120, i => $"story/{i:D4}"));
            var runs = Enumerable.Range(0, shards)
                .Select(k => Start("batch", "--input", input, "--output", Path.Combine(dir, $"part-{k}.jsonl"), "--shard", $"{k}/{shards}", "--jobs", "1", "--progress", "never"))
                .Append(Start("batch", "--input", input, "--output", Path.Combine(dir, "full.jsonl"), "--jobs", "1", "--progress", "never"))
                .ToList();
            foreach (var run in runs)
                using (run)
                    Assert.Equal(0, Wait(run).Code);

            var full = File.ReadAllLines(Path.Combine(dir, "full.jsonl"));
            var parts = Enumerable.Range(0, shards).Select(k => File.ReadAllLines(Path.Combine(dir, $"part-{k}.jsonl"))).ToList();
            Assert.All(parts, p => Assert.NotEmpty(p));
            Assert.Equal(full.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));
            // Each shard keeps input order.
            Assert.All(parts, p => Assert.Equal(p, full.Where(p.Contains)));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task Stdin_to_stdout_works_as_a_pipe()
    {
        using var run = Start("batch", "--input", "-", "--output", "-", "--progress", "never");
        var stdout = run.StandardOutput.ReadToEndAsync();
        run.StandardInput.Write(BatchFixtures.Jsonl(7));
        run.StandardInput.Close();
        string written = await stdout;
        var (code, _) = Wait(run);
        Assert.Equal(0, code);
        Assert.Equal(7, BatchFixtures.Lines(written).Count);
    }
}
