using NewsNlp;

// Prints the Quick Looks of an article: the file named on the command line, or a built-in example.
string article = args.Length > 0 ? File.ReadAllText(args[0]) : """
    Harbor Council Approves $12 Million Seawall for Port Ellery

    PORT ELLERY, Maine — The town council voted 6-1 on Tuesday to build a $12 million seawall along the north harbor, ending a two-year dispute over how to protect the fishing piers from winter storms.

    Mayor Denise Okafor said the wall would be finished by the autumn of 2028. "We cannot keep rebuilding the same piers every spring," she told reporters after the vote.

    The state will pay 40% of the cost through a coastal resilience grant. Fishermen had warned that a January storm destroyed three piers and sank two lobster boats.
    """;

var nlp = NewsPipeline.CreateDefault();
var result = nlp.Summarize(article, new SummaryOptions { Bullets = 3 });
Console.WriteLine($"## {result.Title ?? "Untitled"}: Quick Looks");
Console.WriteLine();
foreach (var bullet in result.QuickLooks)
    Console.WriteLine(bullet.Label.Length > 0 ? $"- **{bullet.Label}:** {bullet.Text}" : $"- {bullet.Text}");
if (result.Entities.Count > 0)
    Console.WriteLine($"\nEntities: {string.Join(", ", result.Entities.Take(5).Select(e => $"{e.Text} ({e.Type.ToCode()})"))}");
