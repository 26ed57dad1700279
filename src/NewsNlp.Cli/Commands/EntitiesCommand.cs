using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp entities [FILE|-] [--format json|text]</c>: the article's linked entities, most salient first
/// (json: [{"text","type","mentions","salience","spans":[[start,end],…]}], UTF-16 offsets into the input as given).
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Article file (text or HTML); '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("entities", "Find people, places, organisations, numbers and dates, with every mention of each linked.") { file, format };
        command.SetAction(parse => CliIO.Run(() =>
        {
            var document = NewsPipeline.CreateDefault().Analyze(CliIO.ReadAllText(parse.GetValue(file)));
            using var output = CliIO.OpenWriter("-");
            if (parse.GetValue(format) == "json")
            {
                IReadOnlyList<EntityJson> entities = [.. document.Entities.Select(e => EntityJson.From(e, document.Map))];
                output.WriteLine(JsonSerializer.Serialize(entities, NewsJsonContext.Default.IReadOnlyListEntityJson));
            }
            else
            {
                foreach (var e in document.Entities)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Type.ToCode()}\t{e.Text}\t{e.MentionCount}\t{e.Salience:0.0000}"));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
