using BenchmarkDotNet.Attributes;
using NewsNlp.Entities;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Entity recognition plus linking on an already segmented news article (467 tokens, invented for
/// the project). Tokens per second = <see cref="Tokens"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private const string Article =
        "MEXICO CITY (NewsNlp) -- Mexican President Claudia Sheinbaum said on Tuesday that 10,000 members of the National Guard would be deployed to the northern border, a day after a tense phone call with President Donald Trump about tariffs on Mexican goods.\n\n" +
        "The first units reached Ciudad Juárez and Tijuana on Feb. 4, 2025, according to the Defense Ministry, which said 1,650 officers had been assigned to Ciudad Juárez and 1,949 to Tijuana. Officials in Nuevo Laredo and Reynosa expected smaller contingents by the end of the week.\n\n" +
        "Sheinbaum’s government has asked the United States to do more to stop the flow of weapons south. The U.S. agreed to pause tariffs of 25% for 30 days, Trump’s aides told reporters at the White House, and Commerce Secretary Howard Lutnick said talks would continue in Washington.\n\n" +
        "Analysts at the Center for Strategic and International Studies compared the deal with the approach of her predecessor, Andrés Manuel López Obrador. López Obrador sent troops to the border in 2019 under similar pressure, and Sheinbaum has kept many of his advisers.\n\n" +
        "Residents of Ciudad Juarez said patrols along the 50 miles of fence began last year, long before the latest agreement. \"We see soldiers every night now,\" said María Fernanda Ruiz, 34, who runs a pharmacy near the Paso del Norte bridge.\n\n" +
        "The peso rose 1.2% against the dollar after the announcement, and shares of Grupo México and Cemex gained in trading in Mexico City. Economists at Banco Base estimated that the tariffs would have cost Mexican exporters $41.1 billion a year.\n\n" +
        "In Ottawa, Prime Minister Justin Trudeau said Canada had reached a similar arrangement, promising to appoint a fentanyl czar and to spend 1.3 billion Canadian dollars on border security. The European Union warned it would respond if Washington targeted its exports.\n\n" +
        "Human rights groups, including Amnesty International, said the deployment risked abuses against migrants. The United Nations refugee agency, UNHCR, said more than 500,000 people had crossed Mexico in the past year on their way north.\n\n" +
        "Sheinbaum told reporters at the National Palace that Mexico would not accept foreign troops on its soil. \"We cooperate, we coordinate, but we do not subordinate,\" she said, repeating a phrase she has used since taking office on Oct. 1, 2024.\n\n" +
        "Trump, speaking aboard Air Force One, called the agreement a win for American workers and said he would decide in March whether to extend the pause. The Mexican Senate is expected to debate the deployment on Thursday.\n";

    private NewsDocument _document = null!;
    private EntityRecognizer _recognizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = EntityRecognizer.Default;
        _document = NewsPipeline.CreateDefault().Segment(Article);
        Tokens = _document.Tokens.Count;
    }

    /// <summary>Tokens in the article, to turn time into tokens per second.</summary>
    public int Tokens { get; private set; }

    [Benchmark]
    public int RecognizeAndLink() => _recognizer.Recognize(_document).Count;

    [Benchmark]
    public int MentionsOnly() => _recognizer.FindMentions(_document).Count;
}
