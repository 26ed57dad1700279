using System.Collections;
using System.IO.Compression;

namespace NewsNlp.Batch;

/// <summary>
/// A stream of <see cref="BatchRecord"/>s read lazily from CSV, JSONL or a directory: records are read one at
/// a time as they are enumerated, never the whole input at once. Enumerate once; dispose when done.
/// </summary>
public abstract class BatchReader : IEnumerable<BatchRecord>, IDisposable
{
    /// <summary>The number of records when known before reading (a directory), otherwise null.</summary>
    public virtual long? Count => null;

    /// <summary>Reads the records in input order.</summary>
    public abstract IEnumerator<BatchRecord> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases the underlying stream.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the underlying stream.</summary>
    protected virtual void Dispose(bool disposing) { }

    /// <summary>
    /// The format a path implies: a directory, or the extension under an optional ".gz" (.csv; .jsonl, .ndjson,
    /// .json); null when it implies none.
    /// </summary>
    public static BatchInputFormat? InferFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return BatchInputFormat.Directory;
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        string extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".csv" => BatchInputFormat.Csv,
            ".jsonl" or ".ndjson" or ".json" => BatchInputFormat.Jsonl,
            _ => null,
        };
    }

    /// <summary>
    /// Opens a file or directory in the given format (or the one its name implies), decompressing ".gz" files
    /// on the fly. Throws <see cref="BatchInputException"/> when it cannot be read.
    /// </summary>
    public static BatchReader Open(string path, BatchInputFormat? format = null, BatchFields? fields = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        fields ??= BatchFields.Default;
        format ??= InferFormat(path) ?? throw new BatchInputException(
            $"cannot tell the format of '{path}' from its name: use --input-format csv|jsonl|dir");
        if (format == BatchInputFormat.Directory) return new DirectoryBatchReader(path, fields);
        if (Directory.Exists(path)) throw new BatchInputException($"'{path}' is a directory: use --input-format dir");
        var stream = OpenFile(path);
        try
        {
            return format == BatchInputFormat.Csv ? new CsvBatchReader(stream, fields) : new JsonlBatchReader(stream, fields);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads CSV (header row, RFC 4180) from a stream, which the reader then owns.</summary>
    public static BatchReader OpenCsv(Stream stream, BatchFields? fields = null) => new CsvBatchReader(stream, fields ?? BatchFields.Default);

    /// <summary>Reads JSONL (one object per line) from a stream, which the reader then owns.</summary>
    public static BatchReader OpenJsonl(Stream stream, BatchFields? fields = null) => new JsonlBatchReader(stream, fields ?? BatchFields.Default);

    /// <summary>Reads every .txt and .html file under a directory, in ordinal order of relative path.</summary>
    public static BatchReader OpenDirectory(string path, BatchFields? fields = null) => new DirectoryBatchReader(path, fields ?? BatchFields.Default);

    /// <summary>Opens a file for reading, through gzip when its name ends in ".gz".</summary>
    public static Stream OpenFile(string path)
    {
        Stream file;
        try { file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BatchInputException($"cannot read '{path}': {e.Message}", e);
        }
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}

/// <summary>An input that cannot be read at all (missing file, no header, no text column): a usage error, not a bad record.</summary>
public sealed class BatchInputException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public BatchInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BatchInputException(string message, Exception inner) : base(message, inner) { }
}
