namespace NewsNlp.Tests.Summarization;

/// <summary>Invented news articles written for these tests.</summary>
internal static class SummaryFixtures
{
    public const string FloodPlan = """
        Harbor City Approves Flood Plan After Spring Disaster

        The Harbor City Council has approved a flood-defence plan worth 41 million dollars after three days of debate, officials said Tuesday.

        However, residents of the low-lying Eastside district say the money will arrive too late. The state environment agency (which funds half the project) warned that costs could rise by 15% next year.

        Mayor Elena Ruiz said the city will build 12 new pumping stations along the river by 2027. The plan was drafted by engineers from Delft University, according to the council.

        "We cannot wait for another flood," Ruiz told reporters on Wednesday.

        About 4,500 homes were flooded last spring, and insurers paid out more than 200 million dollars in claims. The council also voted to raise the local sales tax by half a percentage point to pay for the works.

        Critics, including the Eastside Residents Association, argue that the pumping stations will not protect the poorest streets. The association plans to file a lawsuit next month.

        Meanwhile, the regional water board has ordered an inspection of every levee in the county. Engineers will report their findings to the council in June.
        """;

    public const string RailStrike = """
        Rail Workers Strike Over Pay as Talks Collapse

        Thousands of rail workers walked off the job on Monday after talks with the national operator collapsed over pay and safety rules.

        The Transport Workers Union said 18,000 members joined the strike, halting most commuter trains around the capital. Operator NorthLine called the walkout illegal and said it would seek damages in court.

        Commuters crowded onto buses and ferries, and traffic on the main ring road slowed to a crawl. City officials opened 3 extra ferry routes to ease the pressure.

        Union leader Marta Kovacs said the operator had offered a raise of just 2% while inflation ran above 6%. NorthLine said its offer was fair and that the union had rejected a mediator's proposal.

        The transport minister, Paul Brennan, urged both sides to return to the table. He said the government would not intervene directly in the dispute.

        Freight services were also disrupted, with exporters warning of delays at the port. The union has threatened a second strike next week if no deal is reached.
        """;
}
