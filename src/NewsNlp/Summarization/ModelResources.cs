using System.IO.Compression;
using System.Reflection;

namespace NewsNlp.Summarization;

/// <summary>Opens the model files and word lists embedded in the NewsNlp assembly (models/*.bin, models/*.txt; see models/README.md).</summary>
internal static class ModelResources
{
    /// <summary>Opens an embedded model by file name; throws a clear error naming it when it is missing.</summary>
    public static Stream Open(string fileName)
    {
        var assembly = typeof(ModelResources).Assembly;
        return assembly.GetManifestResourceStream("NewsNlp.Models." + fileName)
            ?? throw new InvalidOperationException(
                $"The model 'models/{fileName}' is not embedded in {assembly.GetName().Name}; rebuild after training it (see models/README.md).");
    }

    /// <summary>The lines of an embedded word list (models/*.txt), trimmed, without blank lines and # comments.</summary>
    public static List<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        var lines = new List<string>();
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }

    /// <summary>True when the model is embedded.</summary>
    public static bool Exists(string fileName) =>
        typeof(ModelResources).Assembly.GetManifestResourceInfo("NewsNlp.Models." + fileName) is not null;

    /// <summary>A reader over a Brotli-compressed model stream, checking its magic header.</summary>
    public static BinaryReader OpenCompressed(Stream stream, string magic, string name)
    {
        // Decompressed in one go: read value by value through the Brotli stream, loading the summarizer's
        // models took most of a one-article run's start-up (a native call per value read).
        var buffer = new MemoryStream();
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            brotli.CopyTo(buffer);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new InvalidDataException($"The model '{name}' is corrupt or truncated.", e);
        }
        buffer.Position = 0;
        var reader = new BinaryReader(buffer, System.Text.Encoding.UTF8);
        string found;
        try { found = reader.ReadString(); }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException)
        {
            throw new InvalidDataException($"The model '{name}' is corrupt or truncated.", e);
        }
        if (found != magic) throw new InvalidDataException($"The model '{name}' is not a {magic} file (found '{found}').");
        return reader;
    }

    /// <summary>A writer that Brotli-compresses a model and writes its magic header.</summary>
    public static BinaryWriter CreateCompressed(Stream stream, string magic)
    {
        var writer = new BinaryWriter(new BrotliStream(stream, CompressionLevel.SmallestSize), System.Text.Encoding.UTF8);
        writer.Write(magic);
        return writer;
    }
}
