using System.CommandLine;
using System.Text.Json;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp tokenize [FILE|-]</c>: JSONL tokens {"text","start","end","kind"} over the text exactly as given.</summary>
internal static class TokenizeCommand
{
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText[] KindValues =
        [.. Enum.GetNames<TokenKind>().Select(n => JsonEncodedText.Encode(n.ToLowerInvariant()))];

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Text file; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("tokenize", "Print one JSON line per token with UTF-16 offsets into the input (no cleaning).") { file };
        command.SetAction(parse => CliIO.Run(() =>
        {
            string text = CliIO.ReadAllText(parse.GetValue(file));
            var tokens = NewsPipeline.CreateDefault().Tokenize(text);
            using var stream = CliIO.OpenOutputStream("-");
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
            foreach (var token in tokens)
            {
                json.WriteStartObject();
                json.WriteString(TextName, text.AsSpan(token.Start, token.Length));
                json.WriteNumber(StartName, token.Start);
                json.WriteNumber(EndName, token.End);
                json.WriteString(KindName, KindValues[(int)token.Kind]);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
