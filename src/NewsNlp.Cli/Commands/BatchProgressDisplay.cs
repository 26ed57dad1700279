using System.Globalization;
using NewsNlp.Batch;
using Spectre.Console;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// The live progress of <c>newsnlp batch</c> on standard error with Spectre.Console: records, records/s and,
/// when the total is known, a bar and the time remaining. Kept apart so Spectre loads only when shown.
/// </summary>
internal static class BatchProgressDisplay
{
    public static BatchProgress Run(Func<Action<BatchProgress>, BatchProgress> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        BatchProgress final = default;
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("batch", autoStart: true);
                task.IsIndeterminate = true;
                final = run(progress =>
                {
                    if (progress.Total is { } total)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, total);
                        task.Value = progress.Done;
                    }
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{progress.Done:N0}{(progress.Total is { } t ? $"/{t:N0}" : "")} records ({progress.Failed:N0} failed), {progress.RecordsPerSecond:N1} records/s");
                    context.Refresh();
                });
                if (task.IsIndeterminate) { task.IsIndeterminate = false; task.MaxValue = Math.Max(1, final.Done); }
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return final;
    }
}
