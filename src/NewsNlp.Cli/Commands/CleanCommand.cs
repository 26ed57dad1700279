using System.CommandLine;
using System.Text.Json;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp clean [FILE|-] [--format text|json]</c>: prints the cleaned article.</summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Article file (text or HTML); '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("clean", "Strip markup and page chrome; print title, byline, headings, paragraphs, captions and any existing Quick Looks.") { file, format };
        command.SetAction(parse => CliIO.Run(() =>
        {
            var document = NewsPipeline.CreateDefault().Analyze(CliIO.ReadAllText(parse.GetValue(file)));
            using var output = CliIO.OpenWriter("-");
            if (parse.GetValue(format) == "json")
                output.WriteLine(JsonSerializer.Serialize(CleanedArticleJson.From(document), NewsJsonContext.Default.CleanedArticleJson));
            else
                WriteText(document, output);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(NewsDocument document, TextWriter output)
    {
        if (document.Title is { } title) output.WriteLine($"# {title}\n");
        var b = document.Byline;
        string byline = string.Join(" | ", new[] { b.Author, b.Source, b.Dateline, b.Date }.Where(s => s is not null));
        if (byline.Length > 0) output.WriteLine($"{byline}\n");
        if (document.ExistingQuickLooks.Count > 0)
        {
            output.WriteLine($"## {document.ExistingQuickLooksHeading ?? "Quick Looks"}\n");
            foreach (var q in document.ExistingQuickLooks)
                output.WriteLine(Bullet(q.Label, q.Text));
            output.WriteLine();
        }
        foreach (var p in document.Paragraphs)
        {
            if (p.Kind is ParagraphKind.Caption or ParagraphKind.Header) continue; // printed with the captions below, or above
            string text = document.TextOf(p);
            output.WriteLine(p.Kind switch { ParagraphKind.Heading => $"## {text}", ParagraphKind.ListItem => $"- {text}", _ => text });
            output.WriteLine();
        }
        foreach (var caption in document.Captions) output.WriteLine($"[Caption] {caption}");
    }

    /// <summary>A Markdown bullet; a label that ends in its own punctuation ("…for How Long?") takes no colon.</summary>
    private static string Bullet(string label, string text) => label.Length == 0 ? $"- {text}"
        : label[^1] is '?' or '!' or ':' ? $"- **{label}** {text}" : $"- **{label}:** {text}";
}
