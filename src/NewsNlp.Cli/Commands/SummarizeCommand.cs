using System.CommandLine;
using System.Text.Json;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp summarize [FILE|-] [--bullets N] [--sentences N] [--format markdown|text|json]</c>: Quick Looks and summary of one article.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Article file (text or HTML); '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var bullets = new Option<int>("--bullets") { Description = "Number of Quick Looks bullets.", DefaultValueFactory = _ => 5 };
        var sentences = new Option<int>("--sentences") { Description = "Number of summary sentences (JSON 'summary').", DefaultValueFactory = _ => 3 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "text", "json");
        var output = new Option<string>("--output") { Description = "Where to write; '-' (the default) is standard output.", DefaultValueFactory = _ => "-" };
        var command = new Command("summarize", "Summarize an article as labelled Quick Looks bullets, with its best sentences, entities and keyphrases.")
        { file, bullets, sentences, format, output };
        command.SetAction(parse => CliIO.Run(() =>
        {
            int b = parse.GetValue(bullets), s = parse.GetValue(sentences);
            if (b < 0 || s < 0) throw new UsageException("--bullets and --sentences must be 0 or more.");
            NewsPipeline.LoadModels();   // on two cores instead of one after the other
            var result = NewsPipeline.CreateDefault().Summarize(CliIO.ReadAllText(parse.GetValue(file)), new SummaryOptions { Bullets = b, Sentences = s });
            using var writer = CliIO.OpenWriter(parse.GetValue(output));
            switch (parse.GetValue(format))
            {
                case "json":
                    writer.WriteLine(JsonSerializer.Serialize(SummaryJson.From(result), NewsJsonContext.Default.SummaryJson));
                    break;
                case "text":
                    writer.WriteLine(TitleOf(result));
                    writer.WriteLine();
                    foreach (var q in result.QuickLooks) writer.WriteLine($"{q.Label}: {q.Text}");
                    break;
                default:
                    writer.WriteLine($"## {TitleOf(result)}: Quick Looks");
                    writer.WriteLine();
                    foreach (var q in result.QuickLooks) writer.WriteLine($"- **{q.Label}:** {q.Text}");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The article's title, else the first bullet's label, else a plain "Article".</summary>
    internal static string TitleOf(SummaryResult result) =>
        !string.IsNullOrWhiteSpace(result.Title) ? result.Title.Trim()
        : result.QuickLooks.Count > 0 ? result.QuickLooks[0].Label
        : "Article";
}
