namespace KnowledgePay.Application.Profiles.Scoring;

public enum PriceBand
{
    Free,
    Under50Yuan,
    From50To199Yuan,
    From200Yuan,
}

public static class PriceBands
{
    public const long FiftyYuanFen = 5_000;
    public const long TwoHundredYuanFen = 20_000;

    public static PriceBand Of(long priceFen) => priceFen switch
    {
        <= 0 => PriceBand.Free,
        < FiftyYuanFen => PriceBand.Under50Yuan,
        < TwoHundredYuanFen => PriceBand.From50To199Yuan,
        _ => PriceBand.From200Yuan,
    };
}
