using System.CommandLine;
using System.Globalization;
using NewsNlp.Batch;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp batch --input FILE|DIR|- --output FILE|- [--input-format csv|jsonl|dir] [--output-format jsonl|csv]
/// [--id-column C] [--title-column C] [--text-column C] [--bullets N] [--sentences N] [--jobs N] [--shard K/N]
/// [--resume] [--progress auto|always|never]</c>: summarises every record, one output record per input record,
/// in input order. Exit codes: 0 all ok, 1 some records failed, 2 bad usage or unreadable input.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV or JSONL file (optionally .gz), a directory of .txt/.html files, or '-' for standard input.", Required = true };
        var output = new Option<string>("--output") { Description = "Output file (.jsonl or .csv), or '-' for standard output.", Required = true };
        var inputFormat = new Option<string?>("--input-format") { Description = "csv, jsonl or dir (default: from the input's name; standard input is jsonl)." };
        inputFormat.AcceptOnlyFromAmong("csv", "jsonl", "dir");
        var outputFormat = new Option<string?>("--output-format") { Description = "jsonl or csv (default: from the output's name; standard output is jsonl)." };
        outputFormat.AcceptOnlyFromAmong("jsonl", "csv");
        var idColumn = new Option<string>("--id-column") { Description = "Field or column holding the id (default id; records without one are numbered from 1).", DefaultValueFactory = _ => "id" };
        var titleColumn = new Option<string>("--title-column") { Description = "Field or column holding the title (default title; optional).", DefaultValueFactory = _ => "title" };
        var textColumn = new Option<string>("--text-column") { Description = "Field or column holding the article text (default text).", DefaultValueFactory = _ => "text" };
        var bullets = new Option<int>("--bullets") { Description = "Quick Looks bullets per article.", DefaultValueFactory = _ => SummaryOptions.Default.Bullets };
        var sentences = new Option<int>("--sentences") { Description = "Summary sentences per article.", DefaultValueFactory = _ => SummaryOptions.Default.Sentences };
        var jobs = new Option<int>("--jobs") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "K/N: process only the records whose id hashes (FNV-1a 64 of its UTF-8) to K modulo N, K from 0 to N-1." };
        var resume = new Option<bool>("--resume") { Description = "Continue an existing output: skip the ids it holds, trim a torn last line, append the rest." };
        var progress = new Option<string>("--progress") { Description = "Progress on standard error: auto (when it is a terminal), always or never.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "always", "never");

        var command = new Command("batch", "Summarise many articles (CSV, JSONL, a directory or standard input) in parallel, streaming, one output record per input record in input order.")
        {
            input, output, inputFormat, outputFormat, idColumn, titleColumn, textColumn, bullets, sentences, jobs, shard, resume, progress,
        };
        command.SetAction(parse => CliIO.Run(() => Run(new Settings(
            parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(inputFormat), parse.GetValue(outputFormat),
            new BatchFields { Id = parse.GetValue(idColumn)!, Title = parse.GetValue(titleColumn)!, Text = parse.GetValue(textColumn)! },
            parse.GetValue(bullets), parse.GetValue(sentences), parse.GetValue(jobs), parse.GetValue(shard),
            parse.GetValue(resume), parse.GetValue(progress)!))));
        return command;
    }

    private sealed record Settings(string Input, string Output, string? InputFormat, string? OutputFormat, BatchFields Fields,
        int Bullets, int Sentences, int Jobs, string? Shard, bool Resume, string Progress);

    private static int Run(Settings settings)
    {
        if (settings.Bullets < 0) throw new UsageException("--bullets must be 0 or more");
        if (settings.Sentences < 0) throw new UsageException("--sentences must be 0 or more");
        if (settings.Jobs < 1) throw new UsageException("--jobs must be 1 or more");
        var shard = BatchShard.All;
        if (settings.Shard is not null && !BatchShard.TryParse(settings.Shard, out shard, out string? shardError)) throw new UsageException(shardError!);
        var outputFormat = settings.OutputFormat switch
        {
            "csv" => BatchOutputFormat.Csv,
            "jsonl" => BatchOutputFormat.Jsonl,
            _ => !CliIO.IsStd(settings.Output) && IsCsvName(settings.Output) ? BatchOutputFormat.Csv : BatchOutputFormat.Jsonl,
        };
        if (settings.Resume && CliIO.IsStd(settings.Output)) throw new UsageException("--resume needs an output file, not standard output");

        // Open the input first: an unreadable input must not clobber an existing output.
        using var reader = OpenInput(settings);
        BatchResume? resume = null;
        if (settings.Resume)
        {
            try { resume = BatchResume.Open(settings.Output, outputFormat); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot resume '{settings.Output}': {e.Message}");
            }
        }
        using var output = OpenOutput(settings.Output, resume);
        var options = new BatchRunOptions
        {
            Summary = new SummaryOptions { Bullets = settings.Bullets, Sentences = settings.Sentences },
            Jobs = settings.Jobs,
            Shard = shard,
            Resume = resume,
        };
        bool showProgress = settings.Progress == "always" || (settings.Progress == "auto" && !Console.IsErrorRedirected);
        NewsPipeline.LoadModels();   // on both cores, before the workers need them
        BatchProgress final;
        try
        {
            final = showProgress
                ? BatchProgressDisplay.Run(progress => NewsBatch.Run(reader, output, outputFormat, options, progress: progress))
                : NewsBatch.Run(reader, output, outputFormat, options);
        }
        catch (BatchInputException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e)
        {
            throw new UsageException($"reading or writing failed: {e.Message}");
        }
        long failedBefore = resume?.Failed ?? 0;
        string resumed = resume is { Count: > 0 } r ? $", {r.Count} already in the output" : "";
        string sharded = shard.Count > 1 ? $", shard {shard}" : "";
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsnlp batch: {final.Ok} ok, {final.Failed} failed, {final.Elapsed.TotalSeconds:0.00} s elapsed, {final.RecordsPerSecond:0.0} records/s ({final.Skipped} skipped{sharded}{resumed})"));
        return final.Failed + failedBefore == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static bool IsCsvName(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }

    private static BatchReader OpenInput(Settings settings)
    {
        BatchInputFormat? format = settings.InputFormat switch
        {
            "csv" => BatchInputFormat.Csv,
            "jsonl" => BatchInputFormat.Jsonl,
            "dir" => BatchInputFormat.Directory,
            _ => null,
        };
        try
        {
            if (CliIO.IsStd(settings.Input))
            {
                if (format == BatchInputFormat.Directory) throw new UsageException("--input-format dir needs a directory, not standard input");
                var stdin = Console.OpenStandardInput();
                return format == BatchInputFormat.Csv ? BatchReader.OpenCsv(stdin, settings.Fields) : BatchReader.OpenJsonl(stdin, settings.Fields);
            }
            if (!File.Exists(settings.Input) && !Directory.Exists(settings.Input))
                throw new UsageException($"cannot read '{settings.Input}': no such file or directory");
            return BatchReader.Open(settings.Input, format, settings.Fields);
        }
        catch (BatchInputException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The output, unbuffered: the batch writer hands it whole blocks of records.</summary>
    private static Stream OpenOutput(string path, BatchResume? resume)
    {
        if (CliIO.IsStd(path)) return Console.OpenStandardOutput();
        try
        {
            if (resume is null) return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
            stream.Seek(resume.ValidLength, SeekOrigin.Begin);
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }
}
