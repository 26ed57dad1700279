using System.Text;
using System.Text.Json;

namespace NewsNlp.Tests.Batch;

/// <summary>Invented news articles (written for these tests) and helpers to lay them out as batch inputs.</summary>
internal static class BatchFixtures
{
    public static readonly string[] Articles =
    [
        """
        Harbor Council Approves $12 Million Seawall for Port Ellery

        PORT ELLERY, Maine — The town council voted 6-1 on Tuesday to build a $12 million seawall along the north harbor, ending a two-year dispute over how to protect the fishing piers from winter storms.

        Mayor Denise Okafor said the wall would be finished by the autumn of 2028. "We cannot keep rebuilding the same piers every spring," she told reporters after the vote.

        The state will pay 40% of the cost through a coastal resilience grant. Fishermen had warned that a January storm destroyed three piers and sank two lobster boats.
        """,
        """
        Rail Strike Halts Freight Across Three Provinces

        WINNIPEG — Freight trains stood idle across Manitoba, Saskatchewan and Alberta on Monday after 4,200 rail workers walked off the job in a dispute over rest periods.

        The union, the Prairie Rail Workers Alliance, said talks with Northline Freight had collapsed on Sunday night. Grain shippers said the strike would cost farmers about $30 million a day.

        Labour Minister Paul Girard urged both sides to return to the table. He did not rule out back-to-work legislation.
        """,
        """
        Drought Forces Water Limits in Valle Seco

        Officials in Valle Seco imposed the strictest water limits in 20 years on Friday, as the main reservoir fell to 18% of capacity.

        Households may now use no more than 150 litres a day, and lawn watering is banned until further notice. Farmers in the valley will receive half of their usual allocation.

        Dr. Marisol Vega, a hydrologist at the regional university, said the dry spell was the longest since records began in 1951.
        """,
        """
        Startup Brightwell Raises $85 Million for Battery Recycling Plant

        SAN JOSE, Calif. — Brightwell Materials, a battery recycling startup, said on Wednesday it had raised $85 million to build its first large plant in Nevada.

        The plant is expected to process 20,000 tonnes of used batteries a year and employ 300 people. Chief executive Anya Sorensen said recovered lithium and nickel would be sold to carmakers.

        Investors in the round included the pension fund Cascade Retirement Systems.
        """,
    ];

    /// <summary>JSONL with n records "doc-1".."doc-n" cycling through the articles.</summary>
    public static string Jsonl(int n, Func<int, string>? id = null)
    {
        var sb = new StringBuilder();
        for (int i = 1; i <= n; i++)
            sb.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id?.Invoke(i) ?? $"doc-{i}", ["text"] = Articles[(i - 1) % Articles.Length] })).Append('\n');
        return sb.ToString();
    }

    /// <summary>A CSV cell, quoted per RFC 4180.</summary>
    public static string Cell(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>The JSON lines of an output, parsed.</summary>
    public static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>A fresh temporary directory, deleted by the caller.</summary>
    public static string TempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "newsnlp-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs a batch in memory through the library.</summary>
    public static (string Output, NewsNlp.Batch.BatchProgress Report) RunJsonl(string input, int jobs = 2, NewsNlp.Batch.BatchFields? fields = null,
        NewsNlp.Batch.BatchOutputFormat format = NewsNlp.Batch.BatchOutputFormat.Jsonl, NewsNlp.Batch.BatchShard? shard = null)
    {
        using var reader = NewsNlp.Batch.BatchReader.OpenJsonl(new MemoryStream(Encoding.UTF8.GetBytes(input)), fields);
        var output = new MemoryStream();
        var report = NewsNlp.Batch.NewsBatch.Run(reader, output, format, new NewsNlp.Batch.BatchRunOptions { Jobs = jobs, Shard = shard ?? NewsNlp.Batch.BatchShard.All });
        return (Encoding.UTF8.GetString(output.ToArray()), report);
    }
}
