using System.Text;

namespace NewsNlp.Tests.Cli;

/// <summary>Runs the newsnlp command in-process with redirected standard streams.</summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        // Console streams are process-wide: one CLI run at a time.
        lock (Gate)
        {
            var oldIn = Console.In; var oldOut = Console.Out; var oldErr = Console.Error;
            string dir = Path.Combine(Path.GetTempPath(), "newsnlp-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                // The CLI writes to the raw stdout stream, so run it with "-" replaced by files.
                string inPath = Path.Combine(dir, "in"), outPath = Path.Combine(dir, "out");
                File.WriteAllText(inPath, stdin, new UTF8Encoding(false));
                var err = new StringWriter();
                Console.SetError(err);
                int code = NewsNlp.Cli.Program.Main([.. args.Select(a => a == "@in" ? inPath : a == "@out" ? outPath : a)]);
                string stdout = File.Exists(outPath) ? File.ReadAllText(outPath) : "";
                return (code, stdout, err.ToString());
            }
            finally
            {
                Console.SetIn(oldIn); Console.SetOut(oldOut); Console.SetError(oldErr);
                try { Directory.Delete(dir, true); } catch (IOException) { }
            }
        }
    }
}
