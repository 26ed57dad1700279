using NewsNlp.Summarization;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Summarization;

public class LabelDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        var doc = NewsPipeline.CreateDefault().Segment(Environment.GetEnvironmentVariable("DBG_TEXT") ?? "The council also voted to raise the local sales tax by half a percentage point to pay for the works.");
        var chunks = Chunk.Split(doc, doc.Sentences[0], WordLexicon.Default);
        foreach (var c in chunks) output.WriteLine($"{doc.Text[c.Start..c.End]} {c.Tag}");
        output.WriteLine(new HeadlineLabeler(WordLexicon.Default, IdfTable.Default).Label(doc.Text, chunks, []));
    }
}
