using NewsNlp.Summarization;

namespace NewsNlp.Tests.Summarization;

public class SentenceFeaturesTests
{
    private static readonly NewsPipeline Nlp = NewsPipeline.CreateDefault();

    /// <summary>LexRank by the textbook loop: column by column, one term at a time.</summary>
    private static float[] ReferenceLexRank(ArticleTerms terms)
    {
        int m = terms.SentenceCount;
        var sim = new float[m * m];
        var rowSum = new float[m];
        for (int a = 0; a < m; a++)
            for (int b = a + 1; b < m; b++)
            {
                float c = terms.Cosine(a, b);
                sim[a * m + b] = sim[b * m + a] = c;
                rowSum[a] += c; rowSum[b] += c;
            }
        var p = Enumerable.Repeat(1f / m, m).ToArray();
        var next = new float[m];
        for (int iteration = 0; iteration < 30; iteration++)
        {
            for (int b = 0; b < m; b++)
            {
                double sum = 0;
                for (int a = 0; a < m; a++)
                    if (rowSum[a] > 0) sum += p[a] * sim[a * m + b] / rowSum[a];
                next[b] = (float)((1 - 0.85f) / m + 0.85f * sum);
            }
            (p, next) = (next, p);
        }
        return p;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    public void LexRank_equals_the_textbook_loop_bit_for_bit(int paragraphs)
    {
        // Sizes around the eight-wide vector step, from sentences that share some words and not others.
        var text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(i =>
            $"Crews in district {i % 3} repaired the levee after the storm, officials said. " +
            (i % 2 == 0 ? "The river council approved new pumps for the harbor." : $"Volunteer group {i} stacked sandbags near the old mill.")));
        var document = Nlp.Analyze(text);
        var terms = new ArticleTerms(document, SentenceRanker.Default.Idf);
        int n = terms.SentenceCount;
        Assert.InRange(n, paragraphs * 2 - 1, paragraphs * 2);
        var features = SentenceFeatures.Extract(terms);
        int lexRank = SentenceFeatures.Names.ToList().IndexOf("LexRank");
        var expected = ReferenceLexRank(terms);
        for (int s = 0; s < n; s++) Assert.Equal(expected[s] * n, features[s * SentenceFeatures.Count + lexRank]);
    }

    [Fact]
    public void Cosines_in_one_pass_equal_pairwise_cosines_bit_for_bit()
    {
        // Shared and unshared terms, a repeated term, and a sentence of stop words only (an empty vector).
        const string text = "The harbor council approved two new pumps on Monday. It was what it was. "
            + "Pumps, pumps and more pumps arrived at the harbor by truck. Volunteers stacked sandbags near the mill. "
            + "The council said the mill would reopen once the pumps ran.";
        var terms = new ArticleTerms(Nlp.Analyze(text), SentenceRanker.Default.Idf);
        int n = terms.SentenceCount;
        Assert.Equal(5, n);
        Assert.Contains(Enumerable.Range(0, n), s => terms.VectorNorm[s] == 0);
        for (int a = 0; a < n; a++)
        {
            var cosines = new float[n - a - 1];
            terms.CosinesWith(a, a + 1, cosines);
            for (int b = a + 1; b < n; b++) Assert.Equal(terms.Cosine(a, b), cosines[b - a - 1]);
        }
        Assert.True(terms.Cosine(0, 4) > 0);
        // A call past the last sentence fails before touching the thread's row, so the next call is still exact.
        Assert.Throws<ArgumentOutOfRangeException>(() => terms.CosinesWith(1, 3, new float[3]));
        var again = new float[n - 1];
        terms.CosinesWith(0, 1, again);
        for (int b = 1; b < n; b++) Assert.Equal(terms.Cosine(0, b), again[b - 1]);
    }
}
