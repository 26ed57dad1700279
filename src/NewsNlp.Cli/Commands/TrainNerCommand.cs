using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train ner --train FILE… [--dev FILE] --output FILE [--unlabeled FILE…]</c>: trains the entity
/// recognizer shipped as models/ner.bin (deterministic: fixed seed, ordered loops).
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL training files (word first, NER tag last; .gz allowed); repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL development file: picks the best epoch. Without it, the model of the last epoch is kept." };
        var output = new Option<string>("--output") { Description = "Where to write the model (e.g. models/ner.bin).", Required = true };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Unlabeled text for word clusters: CSV with an 'article' column, CoNLL-U, CoNLL or plain text (.gz allowed).", AllowMultipleArgumentsPerToken = true };
        var gazetteer = new Option<string[]>("--gazetteer") { Description = "Other labelled corpora whose names feed the external gazetteer: GMB CSV or CoNLL/BIO files (per/person→PER, geo/location→LOC, org/corporation→ORG).", AllowMultipleArgumentsPerToken = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes: with --dev the best is kept, without it the last (8 = the shipped recipe; on testa, epoch 8 was the best of 12).", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var command = new Command("ner", "Train the named-entity recognizer (PER/LOC/ORG/MISC).") { train, dev, output, unlabeled, gazetteer, epochs };
        command.SetAction(parse => CliIO.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");
            if (parse.GetValue(epochs) < 1) throw new UsageException("--epochs must be at least 1");
            var trainDocs = parse.GetValue(train)!.SelectMany(ReadConll).ToList();
            if (trainDocs.Sum(d => d.Words.Count) == 0) throw new UsageException("the --train files hold no sentences");
            var devDocs = parse.GetValue(dev) is { } devPath ? ReadConll(devPath) : [];
            if (parse.GetValue(dev) is { } given && devDocs.Sum(d => d.Words.Count) == 0) throw new UsageException($"the --dev file '{given}' holds no sentences");
            Log($"train: {trainDocs.Count} documents, {trainDocs.Sum(d => d.Words.Count)} sentences; dev: {devDocs.Count} documents");
            var files = parse.GetValue(unlabeled) ?? [];
            foreach (var f in files) if (!File.Exists(f)) throw new UsageException($"cannot read '{f}': file not found");
            var sentences = files.SelectMany(WordClusterer.ReadSentences);
            var names = new List<(string[] Words, int Type)>();
            foreach (var f in parse.GetValue(gazetteer) ?? [])
            {
                if (!File.Exists(f)) throw new UsageException($"cannot read '{f}': file not found");
                names.AddRange(ExternalNames.Read(f));
            }
            var options = new NerTrainingOptions { Epochs = parse.GetValue(epochs) };
            var model = new NerTrainer(options, Log).Train(trainDocs, devDocs, sentences, names);
            string path = parse.GetValue(output)!;
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            using (var stream = CliIO.OpenOutputStream(path)) model.Save(stream);
            Log($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<ConllDocument> ReadConll(string path)
    {
        try
        {
            using var reader = ConllCorpus.Open(path);
            return ConllCorpus.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }
}
