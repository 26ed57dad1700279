namespace NewsNlp.Batch;

/// <summary>
/// Every .txt, .html and .htm file under a directory (recursively), in ordinal order of the relative path,
/// which is the record's id ("world/border.txt", with '/' on every platform).
/// </summary>
internal sealed class DirectoryBatchReader : BatchReader
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];
    private readonly string _root;
    private readonly string[] _files;
    private readonly BatchFields _fields;

    public DirectoryBatchReader(string root, BatchFields fields)
    {
        if (!Directory.Exists(root)) throw new BatchInputException($"cannot read '{root}': no such directory");
        _root = Path.GetFullPath(root);
        _fields = fields;
        try
        {
            _files = [.. Directory.EnumerateFiles(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BatchInputException($"cannot list '{root}': {e.Message}", e);
        }
    }

    public override long? Count => _files.Length;

    /// <summary>The ids (relative paths) in reading order.</summary>
    public IReadOnlyList<string> Ids => _files;

    public override IEnumerator<BatchRecord> GetEnumerator()
    {
        foreach (string id in _files)
            yield return Read(id);
    }

    private BatchRecord Read(string id)
    {
        string path = Path.Combine(_root, id);
        try
        {
            // UTF-8 is at most 3 bytes per UTF-16 character: a larger file certainly exceeds the limit.
            if (new FileInfo(path).Length > 3L * _fields.MaxTextLength)
                return BatchRecord.Failed(id, false, $"the file is larger than the limit of {_fields.MaxTextLength} characters");
            string text = File.ReadAllText(path);
            if (text.Length > _fields.MaxTextLength)
                return BatchRecord.Failed(id, false, $"the file is longer than the limit of {_fields.MaxTextLength} characters");
            // Git's test: a NUL in the first 8,000 characters is a binary file (an image or archive saved as .txt),
            // whose decoded noise would otherwise be "summarized". UTF-16 files with a byte-order mark decode without NULs.
            return text.AsSpan(0, Math.Min(text.Length, 8_000)).Contains('\0')
                ? BatchRecord.Failed(id, false, "the file is binary, not text")
                : BatchRecord.Article(id, false, null, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BatchRecord.Failed(id, false, $"cannot read the file: {e.Message}");
        }
    }
}
