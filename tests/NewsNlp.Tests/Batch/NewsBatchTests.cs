using System.Text;
using CsvHelper;
using NewsNlp.Batch;

namespace NewsNlp.Tests.Batch;

public class NewsBatchTests
{
    [Fact]
    public void Output_is_identical_for_one_and_four_jobs_with_one_line_per_record_in_input_order()
    {
        string input = BatchFixtures.Jsonl(30) + "not json\n" + """{"id":"empty","text":"   "}""" + "\n";
        var (one, report1) = BatchFixtures.RunJsonl(input, jobs: 1);
        var (four, report4) = BatchFixtures.RunJsonl(input, jobs: 4);
        Assert.Equal(one, four);
        var lines = BatchFixtures.Lines(one);
        Assert.Equal(32, lines.Count);
        Assert.Equal([.. Enumerable.Range(1, 30).Select(i => $"doc-{i}"), "31", "empty"], lines.Select(l => l.GetProperty("id").ToString()));
        Assert.Equal((30L, 2L), (report1.Ok, report1.Failed));
        Assert.Equal((30L, 2L), (report4.Ok, report4.Failed));
        Assert.Equal("empty text", lines[^1].GetProperty("error").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, lines[30].GetProperty("id").ValueKind);
    }

    [Fact]
    public void Jsonl_record_has_every_field_of_the_issue()
    {
        var (output, _) = BatchFixtures.RunJsonl(BatchFixtures.Jsonl(1) + "{\"id\":\"bad\"}\n", jobs: 1);
        var lines = BatchFixtures.Lines(output);
        string[] fields = ["id", "status", "error", "title", "summary", "quickLooks", "entities", "keyphrases"];
        Assert.All(lines, l => Assert.Equal(fields, l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("ok", lines[0].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lines[0].GetProperty("error").ValueKind);
        Assert.NotEmpty(lines[0].GetProperty("summary").EnumerateArray());
        Assert.All(lines[0].GetProperty("quickLooks").EnumerateArray(), q => Assert.Equal(["label", "text"], q.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(("error", "missing \"text\""), (lines[1].GetProperty("status").GetString(), lines[1].GetProperty("error").GetString()));
    }

    [Fact]
    public void Csv_output_neutralises_formulas_and_reads_back_as_one_row_per_record()
    {
        string input = string.Join("\n",
            """{"id":"=HYPERLINK(\"http://evil.example\")","text":"=1+2 was typed by a reader.\n\nThe council met on Tuesday, and voted."}""",
            """{"id":"+cmd","title":"@SUM(A1)","text":"-5 degrees were recorded overnight in Valle Seco."}""",
            """{"id":"plain","text":"Brightwell Materials raised $85 million, investors said."}""") + "\n";
        var (csv, report) = BatchFixtures.RunJsonl(input, format: BatchOutputFormat.Csv);
        Assert.Equal(3, report.Ok);
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { Separator = ',' });
        Assert.Equal(["id", "status", "error", "title", "summary", "quick_looks", "entities"], reader.Headers);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["'=HYPERLINK(\"http://evil.example\")", "'+cmd", "plain"], rows.Select(r => r[0]));
        Assert.Equal("'@SUM(A1)", rows[1][3]);
        Assert.StartsWith("'=1+2", rows[0][4]);
        Assert.StartsWith("'-5 degrees", rows[1][4]);
        Assert.StartsWith("* ", rows[2][5]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0]), cell));
    }

    [Fact]
    public void Shards_partition_the_records_exactly()
    {
        string input = BatchFixtures.Jsonl(24);
        var (full, _) = BatchFixtures.RunJsonl(input);
        var shards = Enumerable.Range(0, 3).Select(k => BatchFixtures.RunJsonl(input, shard: new BatchShard(k, 3)).Output).ToArray();
        var union = shards.SelectMany(BatchFixtures.Lines).Select(l => l.GetRawText()).Order().ToList();
        Assert.Equal(BatchFixtures.Lines(full).Select(l => l.GetRawText()).Order(), union);
        Assert.All(shards, s => Assert.InRange(BatchFixtures.Lines(s).Count, 2, 16));
    }

    [Fact]
    public void Stable_hash_is_fnv1a_of_utf8()
    {
        // Reference values of 64-bit FNV-1a: "" is the offset basis, "a" a published test vector.
        Assert.Equal(14695981039346656037UL, StableHash.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, StableHash.Fnv1a64("a"));
        Assert.Equal(StableHash.Fnv1a64("Juárez"), StableHash.Fnv1a64(new string("Juárez".ToCharArray())));
        Assert.True(BatchShard.TryParse("2/5", out var shard, out _));
        Assert.Equal(new BatchShard(2, 5), shard);
        Assert.False(BatchShard.TryParse("5/5", out _, out _));
        Assert.False(BatchShard.TryParse("a/b", out _, out _));
    }

    [Fact]
    public void Ordered_runner_keeps_at_most_its_capacity_in_flight_however_slow_one_item_is()
    {
        int read = 0, written = 0, maxInFlight = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 500; i++)
            {
                Interlocked.Increment(ref read);
                int inFlight = Volatile.Read(ref read) - Volatile.Read(ref written);
                InterlockedMax(ref maxInFlight, inFlight);
                yield return i;
            }
        }
        var order = new List<int>();
        OrderedParallel.Run(Source(), i => { if (i == 10) Thread.Sleep(200); return i * 2; },
            r => { order.Add(r / 2); Interlocked.Increment(ref written); }, workers: 3, capacity: 12);
        Assert.Equal(Enumerable.Range(0, 500), order);
        // The capacity, plus the item the reader holds while it waits for room, plus the one being sunk.
        Assert.InRange(maxInFlight, 1, 12 + 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (int current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
    }

    [Fact]
    public void Jsonl_reader_streams_a_large_input_without_materialising_it()
    {
        // 60 MB of JSONL produced on the fly: the reader must hold one line at a time. Whether earlier
        // records are still reachable is checked with a weak reference (the heap size is process-wide and
        // other tests run in parallel, so it cannot tell).
        var source = new GeneratedJsonlStream(lines: 30_000, textLength: 2_000);
        long count = 0;
        WeakReference? first = null;
        bool firstCollected = false;
        using (var reader = BatchReader.OpenJsonl(source))
            foreach (var record in reader)
            {
                Assert.Null(record.Error);
                if (++count == 1_000) first = WeakTextOf(record);
                else if (count == 20_000)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    firstCollected = !first!.IsAlive;
                }
            }
        Assert.Equal(30_000, count);
        Assert.True(source.Position > 60_000_000);
        Assert.True(firstCollected, "the reader keeps records it has already handed out");
    }

    // In its own frame: a Debug build keeps the caller's temporaries alive until the method returns.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WeakTextOf(BatchRecord record) => new(record.Text);

    [Fact]
    public void Resume_trims_a_torn_line_and_skips_written_ids()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "out.jsonl");
            var (full, _) = BatchFixtures.RunJsonl(BatchFixtures.Jsonl(10), jobs: 1);
            var lines = full.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            File.WriteAllText(path, string.Join("\n", lines.Take(4)) + "\n" + lines[4][..25]);
            var resume = BatchResume.Open(path, BatchOutputFormat.Jsonl);
            Assert.Equal(4, resume.Count);
            Assert.True(resume.Contains("doc-4") && !resume.Contains("doc-5"));
            using (var output = new FileStream(path, FileMode.Open, FileAccess.Write))
            {
                output.Seek(resume.ValidLength, SeekOrigin.Begin);
                using var reader = BatchReader.OpenJsonl(new MemoryStream(Encoding.UTF8.GetBytes(BatchFixtures.Jsonl(10))));
                var report = NewsBatch.Run(reader, output, BatchOutputFormat.Jsonl, new BatchRunOptions { Jobs = 2, Resume = resume });
                Assert.Equal((6L, 4L), (report.Ok, report.Skipped));
            }
            Assert.Equal(full, File.ReadAllText(path));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Resume_of_csv_output_trims_a_torn_multi_line_row()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "out.csv");
            var (full, _) = BatchFixtures.RunJsonl(BatchFixtures.Jsonl(6, i => i == 2 ? "=two" : $"doc-{i}"), jobs: 1, format: BatchOutputFormat.Csv);
            int cut = full.IndexOf("\ndoc-4,", StringComparison.Ordinal) + 60;
            File.WriteAllText(path, full[..cut]);
            var resume = BatchResume.Open(path, BatchOutputFormat.Csv);
            Assert.Equal(3, resume.Count);
            Assert.True(resume.Contains("=two"));
            Assert.True(resume.HasHeader);
            Assert.Equal(full[..(full.IndexOf("\ndoc-4,", StringComparison.Ordinal) + 1)], File.ReadAllText(path));
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>JSONL lines made on demand: the input never exists in memory or on disk.</summary>
    private sealed class GeneratedJsonlStream(int lines, int textLength) : Stream
    {
        private readonly byte[] _line = Encoding.UTF8.GetBytes("{\"id\":\"gen\",\"text\":\"" + new string('w', textLength) + "\"}\n");
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            long total = (long)_line.Length * lines;
            int n = (int)Math.Min(count, total - _position), done = 0;
            while (done < n)
            {
                int from = (int)((_position + done) % _line.Length), chunk = Math.Min(n - done, _line.Length - from);
                Buffer.BlockCopy(_line, from, buffer, offset + done, chunk);
                done += chunk;
            }
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
