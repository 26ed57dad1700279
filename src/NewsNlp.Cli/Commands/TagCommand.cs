using System.CommandLine;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp tag --conll FILE [--output FILE|-] [--model FILE]</c>: every input line written back unchanged with
/// the predicted IOB2 tag (PER/LOC/ORG/MISC) appended as a new last column; blank and -DOCSTART- lines kept.
/// <c>--model</c> tags with a model from <c>newsnlp train ner</c> instead of the shipped one (dev evaluations).
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file: space-separated columns, the word first; blank lines end sentences; -DOCSTART- starts a document.", Required = true };
        var output = new Option<string>("--output") { Description = "Output file, or '-' (default) for standard output.", DefaultValueFactory = _ => "-" };
        var model = new Option<string?>("--model") { Description = "A model file written by 'newsnlp train ner' (default: the shipped model)." };
        var command = new Command("tag", "Tag a CoNLL file with named entities (IOB2), keeping every line and adding one column.") { conll, output, model };
        command.SetAction(parse => CliIO.Run(() => Run(parse.GetValue(conll)!, parse.GetValue(output) ?? "-", parse.GetValue(model))));
        return command;
    }

    private static int Run(string inputPath, string outputPath, string? modelPath)
    {
        var recognizer = modelPath is null ? EntityRecognizer.Default : LoadModel(modelPath);
        using var reader = CliIO.OpenReader(inputPath);
        using var writer = CliIO.OpenWriter(outputPath);
        // A document (the lines up to the next -DOCSTART-) is tagged at once, so history spans its sentences.
        var lines = new List<string>();
        var sentences = new List<string[]>();
        var words = new List<string>();
        var wordLine = new List<int>();   // for each word, its line index in `lines`
        void Flush()
        {
            if (words.Count > 0) { sentences.Add([.. words]); words.Clear(); }
            var tags = recognizer.TagConll(sentences);
            int w = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                if (w < wordLine.Count && wordLine[w] == i)
                {
                    writer.Write(lines[i]);
                    writer.Write(' ');
                    writer.WriteLine(tags[w++]);
                }
                else writer.WriteLine(lines[i]);
            }
            lines.Clear(); sentences.Clear(); wordLine.Clear();
        }
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) Flush();
            else if (string.IsNullOrWhiteSpace(line)) { if (words.Count > 0) { sentences.Add([.. words]); words.Clear(); } }
            else
            {
                int end = line.IndexOfAny([' ', '\t']);
                string word = (end < 0 ? line : line[..end]).Trim();
                if (word.Length == 0) word = line.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
                words.Add(word);
                wordLine.Add(lines.Count);
            }
            lines.Add(line);
        }
        Flush();
        return ExitCodes.Ok;
    }

    private static EntityRecognizer LoadModel(string path)
    {
        try
        {
            return EntityRecognizer.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"cannot load the model '{path}': {e.Message}");
        }
    }
}
