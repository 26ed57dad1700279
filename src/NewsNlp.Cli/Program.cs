using System.CommandLine;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>Entry point of the <c>newsnlp</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; exit codes: 0 ok, 1 some records failed, 2 bad usage or unreadable input.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("NewsNlp: turn raw news articles into structured, skimmable summaries.")
        {
            CleanCommand.Create(),
            TokenizeCommand.Create(),
            SplitCommand.Create(),
            EntitiesCommand.Create(),
            TagCommand.Create(),
            TrainCommand.Create(),
            SummarizeCommand.Create(),
            BatchCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"newsnlp: {error.Message}");
            Console.Error.WriteLine("Run 'newsnlp --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }
}
