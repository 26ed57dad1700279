using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train ner|ranker …</c>: reproduces the models shipped in models/.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train the models shipped in models/ (deterministic, fixed seed).");
        // Each trainable model adds its subcommand here.
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainRankerCommand.CreateRanker()); command.Subcommands.Add(TrainRankerCommand.CreateIdf()); command.Subcommands.Add(TrainRankerCommand.CreateLexicon());
        return command;
    }
}
