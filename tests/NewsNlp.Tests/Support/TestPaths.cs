namespace NewsNlp.Tests.Support;

/// <summary>Where the repository, its samples and the optional ../shared corpora are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>../shared beside the repository (or NEWSNLP_SHARED), present on CI and dev machines only.</summary>
    public static string Shared { get; } = Environment.GetEnvironmentVariable("NEWSNLP_SHARED") is { Length: > 0 } env
        ? env : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A file under ../shared/data, or a skip of the calling test, saying so, when it is absent.</summary>
    public static string SharedDataFile(string relativePath)
    {
        string path = Path.Combine(Shared, "data", relativePath);
        Skip.IfNot(File.Exists(path), $"../shared is absent here ({path} not found); this test needs the shared corpora.");
        return path;
    }

    public static string ReadSample(string name) => File.ReadAllText(Path.Combine(Samples, name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run from inside the NewsNlp repository.");
    }
}
