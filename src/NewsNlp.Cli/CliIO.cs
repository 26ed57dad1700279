using System.Text;

namespace NewsNlp.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}

/// <summary>A failure the user must fix (bad arguments, unreadable input): reported in one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Opening inputs and outputs named on the command line, where "-" (or nothing) means the standard streams.</summary>
internal static class CliIO
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static bool IsStd(string? path) => string.IsNullOrEmpty(path) || path == "-";

    /// <summary>Reads a whole input file, or standard input.</summary>
    public static string ReadAllText(string? path)
    {
        if (IsStd(path))
        {
            using var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            return stdin.ReadToEnd();
        }
        try { return File.ReadAllText(path!, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Opens an input for line-by-line reading.</summary>
    public static TextReader OpenReader(string? path)
    {
        if (IsStd(path)) return new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, true, 1 << 16);
        try { return new StreamReader(path!, Encoding.UTF8, true, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Opens a data file for reading, through gzip when its name ends in ".gz".</summary>
    public static Stream OpenData(string path)
    {
        try { return NewsNlp.Batch.BatchReader.OpenFile(path); }
        catch (NewsNlp.Batch.BatchInputException e) { throw new UsageException(e.Message); }
    }

    /// <summary>Opens an output as a buffered UTF-8 stream (no byte-order mark).</summary>
    public static Stream OpenOutputStream(string? path)
    {
        if (IsStd(path)) return new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        try { return new FileStream(path!, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Opens an output as a buffered UTF-8 text writer (no byte-order mark, \n line ends).</summary>
    public static TextWriter OpenWriter(string? path) =>
        new StreamWriter(OpenOutputStream(path), Utf8NoBom, 1 << 16) { NewLine = "\n" };

    /// <summary>Runs a command body, turning a <see cref="UsageException"/> into a message and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try { return body(); }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
