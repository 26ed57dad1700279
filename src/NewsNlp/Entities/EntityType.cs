namespace NewsNlp;

/// <summary>The kinds of entity NewsNlp recognises: four named types from the statistical model and six value types from rules.</summary>
public enum EntityType : byte
{
    /// <summary>A person (PER).</summary>
    Person,
    /// <summary>A place: country, city, region, landmark (LOC).</summary>
    Location,
    /// <summary>An organisation: company, agency, team, party (ORG).</summary>
    Organization,
    /// <summary>Other names: nationalities, events, works, products (MISC).</summary>
    Misc,
    /// <summary>A count or plain number ("10,000", "three").</summary>
    Cardinal,
    /// <summary>An amount of money ("$41.1 million").</summary>
    Money,
    /// <summary>A percentage ("3.5%").</summary>
    Percent,
    /// <summary>A date or period ("Feb. 4, 2025", "Tuesday").</summary>
    Date,
    /// <summary>A time of day ("11:35 EST").</summary>
    Time,
    /// <summary>A measured quantity ("50 miles").</summary>
    Quantity,
}

/// <summary>Short codes for <see cref="EntityType"/>, as written in JSON, CSV and CoNLL files.</summary>
public static class EntityTypeCodes
{
    private static readonly string[] Codes = ["PER", "LOC", "ORG", "MISC", "CARDINAL", "MONEY", "PERCENT", "DATE", "TIME", "QUANTITY"];

    /// <summary>The code of a type: PER, LOC, ORG, MISC, CARDINAL, MONEY, PERCENT, DATE, TIME or QUANTITY.</summary>
    public static string ToCode(this EntityType type) => Codes[(int)type];

    /// <summary>Parses a code written by <see cref="ToCode"/>; false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out EntityType type)
    {
        for (int i = 0; i < Codes.Length; i++)
            if (code.Equals(Codes[i], StringComparison.OrdinalIgnoreCase)) { type = (EntityType)i; return true; }
        type = default;
        return false;
    }
}
