using System.IO.Compression;
using System.Text;
using NewsNlp.Batch;

namespace NewsNlp.Tests.Batch;

public class BatchReaderTests
{
    private static List<BatchRecord> ReadCsv(string csv, BatchFields? fields = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        using var reader = BatchReader.OpenCsv(new MemoryStream(bytes), fields);
        return [.. reader];
    }

    private static List<BatchRecord> ReadJsonl(string jsonl, BatchFields? fields = null)
    {
        using var reader = BatchReader.OpenJsonl(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), fields);
        return [.. reader];
    }

    [Fact]
    public void Csv_quoted_cells_keep_commas_quotes_and_line_breaks()
    {
        string text = "PORT ELLERY — The council voted 6-1, after \"a long night\".\n\nThe wall costs $12 million.";
        var records = ReadCsv($"id,title,text\nharbor-1,{BatchFixtures.Cell("Seawall, at last")},{BatchFixtures.Cell(text)}\nrail-2,,plain text here\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(("harbor-1", "Seawall, at last", text), (records[0].Id, records[0].Title, records[0].Text));
        Assert.Equal(("rail-2", (string?)null, "plain text here"), (records[1].Id, records[1].Title, records[1].Text));
        Assert.False(records[0].IdIsNumber);
    }

    [Fact]
    public void Csv_byte_order_mark_does_not_hide_the_first_column()
    {
        var records = ReadCsv("id,text\nbom-1,Officials in Valle Seco imposed water limits.\n", bom: true);
        Assert.Equal("bom-1", Assert.Single(records).Id);
    }

    [Fact]
    public void Csv_without_an_id_column_numbers_rows_from_one_and_custom_columns_work()
    {
        var fields = new BatchFields { Text = "article", Title = "headline" };
        var records = ReadCsv($"headline,article,highlights\nStrike,{BatchFixtures.Cell("Trains stood idle.\nGrain waits.")},x\nDrought,Water limits imposed.,y\n", fields);
        Assert.Equal(["1", "2"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.True(r.IdIsNumber));
        Assert.Equal("Strike", records[0].Title);
        Assert.Equal("Trains stood idle.\nGrain waits.", records[0].Text);
    }

    [Fact]
    public void Csv_without_the_text_column_or_header_is_an_input_error()
    {
        var missing = Assert.Throws<BatchInputException>(() => ReadCsv("id,article\n1,Some text.\n"));
        Assert.Contains("'text'", missing.Message);
        Assert.Contains("article", missing.Message);
        Assert.Throws<BatchInputException>(() => ReadCsv(""));
    }

    [Fact]
    public void Csv_cell_over_the_size_limit_fails_alone()
    {
        var fields = new BatchFields { MaxTextLength = 100 };
        var records = ReadCsv($"id,text\nshort,A short article.\nlong,{new string('x', 500)}\nafter,Another short one.\n", fields);
        Assert.Equal(["short", "long", "after"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.Contains("limit", records[1].Error);
        Assert.Equal("Another short one.", records[2].Text);
    }

    [Fact]
    public void Csv_quote_never_closed_fails_its_row_alone_and_the_swallowed_rows_are_read()
    {
        // Row "dam-2" opens a quote it never closes: by RFC 4180 the rest of the file is one cell. Its row fails
        // with the line named; the rows it swallowed come back, whether the quote runs to the end of the input
        // or closes at a later row's opening quote (CRLF line ends too).
        var toEnd = ReadCsv("id,title,text\ndam-1,Dam,\"The dam held overnight.\"\ndam-2,Levee,\"The levee, never closed.\n"
            + "dam-3,Pumps,Pumps ran until dawn.\ndam-4,Roads,Roads reopened at noon.\n");
        Assert.Equal(["dam-1", "dam-2", "dam-3", "dam-4"], toEnd.Select(r => r.Id));
        Assert.Equal(["Dam", "Levee", "Pumps", "Roads"], toEnd.Select(r => r.Title));
        Assert.Null(toEnd[0].Error);
        Assert.Contains("malformed CSV on line 3", toEnd[1].Error);
        Assert.Contains("end of the input", toEnd[1].Error);
        Assert.Null(toEnd[1].Text);
        Assert.Equal(["Pumps ran until dawn.", "Roads reopened at noon."], toEnd.Skip(2).Select(r => r.Text));

        var twice = ReadCsv("id,title,text\r\ndam-1,Dam,\"The dam held.\"\r\ndam-2,Levee,\"The levee, never closed.\r\n"
            + "dam-3,Pumps,\"Pumps ran until dawn.\"\r\ndam-4,Roads,\"Roads, never closed either.\r\ndam-5,Power,\"Power is back.\"\r\n");
        Assert.Equal(["dam-1", "dam-2", "dam-3", "dam-4", "dam-5"], twice.Select(r => r.Id));
        Assert.Equal([false, true, false, true, false], twice.Select(r => r.Error is not null));
        Assert.Contains("on line 3", twice[1].Error);
        Assert.Contains("on line 5", twice[3].Error);
        Assert.Equal("Pumps ran until dawn.", twice[2].Text);
        Assert.Equal("Power is back.", twice[4].Text);
    }

    [Fact]
    public void Csv_cut_off_inside_a_quoted_cell_fails_that_row()
    {
        // A file cut off mid-row: the last text is partial, so the row is an error, not a summary of half an article.
        var records = ReadCsv("id,title,text\ndam-1,Dam,\"The dam held overnight.\"\ndam-2,Levee,\"The levee held until the river ro");
        Assert.Equal(["dam-1", "dam-2"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.Contains("never closed", records[1].Error);
        Assert.Contains("truncated", records[1].Error);
        Assert.Equal("Levee", records[1].Title);
    }

    [Fact]
    public void Csv_with_many_broken_rows_still_gives_every_row_once()
    {
        var csv = new StringBuilder("id,title,text\n");
        for (int i = 0; i < 300; i++)
            csv.Append(i % 3 == 1 ? $"r{i},T{i},\"Row {i} opens a quote it never closes.\n" : $"r{i},T{i},\"Row {i} is fine.\"\n");
        var records = ReadCsv(csv.ToString());
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"r{i}"), records.Select(r => r.Id));
        Assert.Equal(100, records.Count(r => r.Error is not null));
        Assert.All(records.Where((r, i) => i % 3 != 1), r => Assert.Null(r.Error));
    }

    [Fact]
    public void Csv_rows_read_again_keep_their_row_numbers()
    {
        var records = ReadCsv("title,text\nDam,The dam held.\nLevee,\"The levee, never closed.\nPumps,Pumps ran.\nRoads,\"Roads reopened.\"\nPower,Power is back.\n");
        Assert.Equal(["1", "2", "3", "4", "5"], records.Select(r => r.Id));
        Assert.Equal(["Dam", "Levee", "Pumps", "Roads", "Power"], records.Select(r => r.Title));
        Assert.All(records, r => Assert.True(r.IdIsNumber));
        Assert.NotNull(records[1].Error);
    }

    [Fact]
    public void Csv_multi_line_cell_with_a_stray_quote_stays_one_record()
    {
        // The continuation line does not read as a row (one cell, not three), so nothing is split off.
        var records = ReadCsv("id,title,text\nmill-1,Mill,\"The mill reopened.\nWorkers called it \"a relief\" on Monday.\"\nmill-2,Yard,\"The yard is shut.\"\n");
        Assert.Equal(["mill-1", "mill-2"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.StartsWith("The mill reopened.\nWorkers called it", records[0].Text);
    }

    [Fact]
    public void Gzipped_csv_is_read_transparently_by_extension()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "articles.csv.gz");
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
                gz.Write(Encoding.UTF8.GetBytes($"id,text\ngz-1,{BatchFixtures.Cell(BatchFixtures.Articles[0])}\n"));
            Assert.Equal(BatchInputFormat.Csv, BatchReader.InferFormat(path));
            using var reader = BatchReader.Open(path);
            var record = Assert.Single(reader.ToList());
            Assert.Equal(("gz-1", BatchFixtures.Articles[0]), (record.Id, record.Text));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Jsonl_bad_lines_become_error_records_and_reading_goes_on()
    {
        string input = string.Join("\n",
            """{"id":"a","text":"Rail workers walked off the job."}""",
            """{"id":"b","text":"unterminated""",
            "",
            """{"id":"c"}""",
            """{"id":7,"text":42}""",
            """[1,2]""",
            """{"text":"No id here.","title":"Untitled"}""") + "\n";
        var records = ReadJsonl(input);
        Assert.Equal(["a", "2", "c", "7", "6", "7"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.StartsWith("invalid JSON", records[1].Error);
        Assert.Equal("missing \"text\"", records[2].Error);
        Assert.Equal("\"text\" is not a string", records[3].Error);
        Assert.True(records[3].IdIsNumber);
        Assert.Equal("the line is not a JSON object", records[4].Error);
        Assert.Equal(("Untitled", "No id here."), (records[5].Title, records[5].Text));
    }

    [Fact]
    public void Jsonl_escaped_lone_surrogate_is_an_error_record_not_the_end_of_the_run()
    {
        // Valid JSON grammar (Python's json.dumps writes it for a broken string) but no UTF-16 string: it once
        // threw out of the reader and ended the whole batch.
        string input = """{"id":"a","text":"Half a pair: \ud800 here."}""" + "\n" + """{"id":"b","text":"Rail workers walked off the job."}""" + "\n";
        var records = ReadJsonl(input);
        Assert.Equal(["a", "b"], records.Select(r => r.Id));
        Assert.StartsWith("invalid JSON string", records[0].Error);
        Assert.Null(records[1].Error);
    }

    [Fact]
    public void Jsonl_line_over_the_limit_is_skipped_without_being_held()
    {
        var fields = new BatchFields { MaxTextLength = 64 };
        string input = "{\"id\":\"ok\",\"text\":\"Short.\"}\r\n{\"id\":\"big\",\"text\":\"" + new string('y', 100_000) + "\"}\n{\"id\":\"next\",\"text\":\"Also short.\"}";
        var records = ReadJsonl(input, fields);
        Assert.Equal(["ok", "2", "next"], records.Select(r => r.Id));
        Assert.Contains("longer than the limit", records[1].Error);
        Assert.Equal("Also short.", records[2].Text);
    }

    [Fact]
    public void Directory_records_are_relative_paths_in_ordinal_order()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "world"));
            File.WriteAllText(Path.Combine(dir, "b.txt"), BatchFixtures.Articles[1]);
            File.WriteAllText(Path.Combine(dir, "A.html"), $"<html><body><h1>Seawall</h1><p>{BatchFixtures.Articles[0]}</p></body></html>");
            File.WriteAllText(Path.Combine(dir, "world", "a.txt"), BatchFixtures.Articles[2]);
            File.WriteAllText(Path.Combine(dir, "notes.md"), "not an article");
            using var reader = BatchReader.Open(dir);
            Assert.Equal(3, reader.Count);
            Assert.Equal(["A.html", "b.txt", "world/a.txt"], reader.Select(r => r.Id));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Directory_binary_file_is_an_error_record_and_utf16_text_is_read()
    {
        string dir = BatchFixtures.TempDirectory();
        try
        {
            // A photo saved with a .txt name: its bytes decode to noise that must not be summarized.
            File.WriteAllBytes(Path.Combine(dir, "photo.txt"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01]);
            File.WriteAllText(Path.Combine(dir, "story.txt"), BatchFixtures.Articles[1], System.Text.Encoding.Unicode);
            using var reader = BatchReader.Open(dir);
            var records = reader.ToList();
            Assert.Equal(["photo.txt", "story.txt"], records.Select(r => r.Id));
            Assert.Equal("the file is binary, not text", records[0].Error);
            Assert.Equal((null, BatchFixtures.Articles[1]), (records[1].Error, records[1].Text));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Unknown_extension_or_missing_file_is_an_input_error()
    {
        Assert.Throws<BatchInputException>(() => BatchReader.Open("/nonexistent/articles.csv"));
        Assert.Throws<BatchInputException>(() => BatchReader.Open(Path.Combine(Path.GetTempPath(), "whatever.xlsx")));
    }
}
