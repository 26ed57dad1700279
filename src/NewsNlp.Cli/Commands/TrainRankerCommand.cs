using System.CommandLine;
using NewsNlp.Cli.Training;
using NewsNlp.Summarization;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train ranker --train FILE [--train FILE…] --dev FILE --output FILE [--cv K] [--dev-pred FILE] [--cv-pred FILE]</c>:
/// trains the sentence ranker on --train, reports ROUGE on --dev, optionally cross-validates over all
/// articles, then writes the model trained on --train and --dev together.
/// Also <c>train idf</c> and <c>train lexicon</c>, the word statistics the ranker and labels use.
/// </summary>
internal static class TrainRankerCommand
{
    public static Command CreateRanker()
    {
        var train = new Option<string[]>("--train") { Description = "Training articles (CSV or CSV.gz with article, highlights[, id]); repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "Development articles: scored with a model trained on --train only, then added to the final training set." };
        var output = new Option<string>("--output") { Description = "Where to write the ranker (models/ranker.bin).", Required = true };
        var cv = new Option<int>("--cv") { Description = "K-fold cross-validation by article over train + dev (0 = off).", DefaultValueFactory = _ => 0 };
        var devPred = new Option<string?>("--dev-pred") { Description = "Write dev predictions as JSONL {id, summary, highlights} (and FILE.lead3.jsonl)." };
        var cvPred = new Option<string?>("--cv-pred") { Description = "Write out-of-fold predictions as JSONL (and FILE.lead3.jsonl)." };
        var trees = new Option<int>("--trees") { Description = "Number of trees.", DefaultValueFactory = _ => 500 };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => 16 };
        var objective = new Option<string>("--objective") { Description = "binary, regression or ranking.", DefaultValueFactory = _ => "binary" };
        var rate = new Option<double>("--learning-rate") { Description = "Boosting learning rate.", DefaultValueFactory = _ => 0.03 };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest sentences per leaf.", DefaultValueFactory = _ => 40 };
        var command = new Command("ranker", "Train the sentence ranker (models/ranker.bin) with Microsoft.ML FastTree on oracle-labelled articles.")
        { train, dev, output, cv, devPred, cvPred, trees, leaves, objective, rate, minLeaf };
        command.SetAction(parse => CliIO.Run(() =>
        {
            // Microsoft.ML generates code at run time, which the native (AOT) build of the tool cannot do.
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
                throw new UsageException("train ranker needs Microsoft.ML, which the native build of newsnlp cannot run; " +
                    "run it from the repository instead: dotnet run --project src/NewsNlp.Cli -c Release -- train ranker …");
            var log = Console.Error;
            var trainer = new RankerTrainer(log)
            {
                Trees = parse.GetValue(trees), Leaves = parse.GetValue(leaves), Objective = parse.GetValue(objective)!,
                LearningRate = parse.GetValue(rate), MinLeafExamples = parse.GetValue(minLeaf),
            };
            var trainSet = trainer.Prepare(parse.GetValue(train)!.SelectMany(ArticleCsv.Read));
            var devFile = parse.GetValue(dev);
            var devSet = devFile is null ? [] : trainer.Prepare(ArticleCsv.Read(devFile));
            log.WriteLine($"{trainSet.Count} training articles ({trainSet.Sum(a => a.Sentences.Length)} sentences), {devSet.Count} dev articles.");
            if (devSet.Count > 0)
            {
                var model = trainer.Train(trainSet, out _);
                string? pred = parse.GetValue(devPred);
                trainer.Report("dev ranker", trainer.Evaluate(devSet, a => RankerTrainer.Summarize(a, model), pred));
                trainer.Report("dev lead-3", trainer.Evaluate(devSet, a => RankerTrainer.Summarize(a, null), pred is null ? null : Path.ChangeExtension(pred, ".lead3.jsonl")));
            }
            var all = trainSet.Concat(devSet).ToList();
            int k = parse.GetValue(cv);
            if (k >= 2)
            {
                var outOfFold = new Dictionary<RankerTrainer.PreparedArticle, string[]>();
                for (int fold = 0; fold < k; fold++)
                {
                    var model = trainer.Train([.. all.Where((_, i) => i % k != fold)], out _);
                    foreach (var a in all.Where((_, i) => i % k == fold)) outOfFold[a] = RankerTrainer.Summarize(a, model);
                    log.WriteLine($"fold {fold + 1}/{k} done");
                }
                string? pred = parse.GetValue(cvPred);
                trainer.Report($"{k}-fold CV ranker", trainer.Evaluate(all, a => outOfFold[a], pred));
                trainer.Report($"{k}-fold CV lead-3", trainer.Evaluate(all, a => RankerTrainer.Summarize(a, null), pred is null ? null : Path.ChangeExtension(pred, ".lead3.jsonl")));
            }
            var final = trainer.Train(all, out var importance);
            using (var stream = File.Create(parse.GetValue(output)!)) final.Write(stream);
            log.WriteLine("Feature importance (FastTree gain):");
            foreach (var (name, gain) in importance) log.WriteLine($"  {name,-20} {gain:F4}");
            log.WriteLine($"Wrote {parse.GetValue(output)} ({new FileInfo(parse.GetValue(output)!).Length:N0} bytes, {final.Trees.Count} trees).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command CreateIdf()
    {
        var input = new Option<string[]>("--input") { Description = "Article CSV files (article column); repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output") { Description = "Where to write the table (models/idf.bin).", Required = true };
        var command = new Command("idf", "Build the background IDF table (models/idf.bin) from article CSV files.") { input, output };
        command.SetAction(parse => CliIO.Run(() =>
        {
            var pipeline = NewsPipeline.CreateDefault();
            var articles = parse.GetValue(input)!.SelectMany(ArticleCsv.Read).Select(r => pipeline.Analyze(r.Article))
                .Select(d => d.Text[..d.StoryEnd]);   // the story's words, not the header lines'
            var table = IdfTable.Build(articles, pipeline);
            using (var stream = File.Create(parse.GetValue(output)!)) table.Write(stream);
            Console.Error.WriteLine($"Wrote {parse.GetValue(output)}: {table.Count:N0} words from {table.DocumentCount:N0} articles.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command CreateLexicon()
    {
        var conllu = new Option<string>("--conllu") { Description = "A CoNLL-U treebank (.conllu or .conllu.gz), e.g. UD English EWT train.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the lexicon (models/lexicon.bin).", Required = true };
        var command = new Command("lexicon", "Build the part-of-speech lexicon (models/lexicon.bin) the Quick Looks labels use.") { conllu, output };
        command.SetAction(parse => CliIO.Run(() =>
        {
            string path = parse.GetValue(conllu)!;
            using var reader = new StreamReader(CliIO.OpenData(path));
            var lexicon = WordLexicon.Build(ReadLines(reader));
            using (var output2 = File.Create(parse.GetValue(output)!)) lexicon.Write(output2);
            Console.Error.WriteLine($"Wrote {parse.GetValue(output)}: {lexicon.Count:N0} word forms.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line;
    }
}
