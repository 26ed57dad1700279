using System.Diagnostics;

namespace NewsNlp.Batch;

/// <summary>How a batch runs: what to produce, how many workers, which shard, what to skip.</summary>
public sealed record BatchRunOptions
{
    /// <summary>What to produce for each article (default: 5 bullets, 3 sentences).</summary>
    public SummaryOptions Summary { get; init; } = SummaryOptions.Default;

    /// <summary>Number of worker threads (default: one per core).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Records in flight per worker (read but not yet written): bounds memory. Default 4.</summary>
    public int InFlightPerJob { get; init; } = 4;

    /// <summary>Only the records of this shard are processed (default: all).</summary>
    public BatchShard Shard { get; init; } = BatchShard.All;

    /// <summary>An existing output to continue: records whose ids it holds are skipped. Null for a fresh run.</summary>
    public BatchResume? Resume { get; init; }
}

/// <summary>Counts of a batch run so far.</summary>
/// <param name="Ok">Records summarised (in this run).</param>
/// <param name="Failed">Records that failed (in this run).</param>
/// <param name="Skipped">Records skipped: outside the shard or already in a resumed output.</param>
/// <param name="Total">Records this run will write, when known up front (a directory), otherwise null.</param>
/// <param name="Elapsed">Time since the run started.</param>
public readonly record struct BatchProgress(long Ok, long Failed, long Skipped, long? Total, TimeSpan Elapsed)
{
    /// <summary>Records written so far.</summary>
    public long Done => Ok + Failed;

    /// <summary>Records written per second.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>Runs batches: reads records, summarises them in parallel, writes one output record per input record in input order.</summary>
public static class NewsBatch
{
    /// <summary>
    /// Summarises every record of <paramref name="reader"/> (of the shard, and not already in a resumed
    /// output) and writes one record per input record to <paramref name="output"/>, in input order, with the
    /// same bytes for any number of jobs. Bad records are written with status "error"; the run goes on.
    /// </summary>
    /// <param name="reader">The input records.</param>
    /// <param name="output">Where records go, ideally unbuffered; writes the header first unless resuming an output that has one.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">Jobs, shard, resume and summary options.</param>
    /// <param name="pipeline">The pipeline (default: <see cref="NewsPipeline.CreateDefault"/>).</param>
    /// <param name="progress">Called on the writing thread about ten times a second and once at the end.</param>
    /// <param name="cancellationToken">Stops the run after the records already written.</param>
    /// <returns>The final counts.</returns>
    public static BatchProgress Run(BatchReader reader, Stream output, BatchOutputFormat format, BatchRunOptions? options = null,
        NewsPipeline? pipeline = null, Action<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new BatchRunOptions();
        pipeline ??= NewsPipeline.CreateDefault();
        var formatter = BatchFormatter.For(format);
        var resume = options.Resume;
        var shard = options.Shard;
        var summary = options.Summary;
        long skipped = 0, ok = 0, failed = 0;

        bool Wanted(BatchRecord record)
        {
            if (shard.Contains(record.Id) && resume?.Contains(record.Id) != true) return true;
            Interlocked.Increment(ref skipped);
            return false;
        }

        long? total = reader is DirectoryBatchReader directory ? directory.Ids.LongCount(id => shard.Contains(id) && resume?.Contains(id) != true) : null;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        BatchProgress Snapshot() => new(ok, failed, Interlocked.Read(ref skipped), total, clock.Elapsed);

        using var writer = new BatchOutputWriter(output, leaveOpen: true);
        if (resume?.HasHeader != true && !formatter.Header.IsEmpty) writer.WriteRecord(formatter.Header);
        progress?.Invoke(Snapshot());
        try
        {
            OrderedParallel.Run(
                reader.Where(Wanted),
                record =>
                {
                    var result = BatchResult.Summarize(pipeline, record, summary);
                    return (result.Ok, Bytes: formatter.ToBytes(result));
                },
                result =>
                {
                    writer.WriteRecord(result.Bytes);
                    if (result.Ok) ok++; else failed++;
                    if (progress is not null && clock.Elapsed - lastReport >= TimeSpan.FromMilliseconds(100))
                    {
                        lastReport = clock.Elapsed;
                        progress(Snapshot());
                    }
                },
                Math.Max(1, options.Jobs),
                Math.Max(1, options.Jobs) * Math.Max(1, options.InFlightPerJob),
                cancellationToken);
        }
        finally
        {
            writer.Flush();
        }
        var final = Snapshot();
        progress?.Invoke(final);
        return final;
    }
}
