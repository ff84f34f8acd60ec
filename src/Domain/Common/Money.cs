namespace KnowledgePay.Domain.Common;

/// <summary>An amount in the currency's minor unit (fen for CNY), as WeChat Pay counts it.</summary>
public sealed record Money
{
    public const string Cny = "CNY";

    private Money(long amountFen, string currency)
    {
        AmountFen = amountFen;
        Currency = currency;
    }

    public long AmountFen { get; private init; }

    public string Currency { get; private init; }

    public bool IsFree => AmountFen == 0;

    public static Money Zero { get; } = new(0, Cny);

    public static Money Fen(long amountFen, string currency = Cny)
    {
        if (amountFen < 0)
        {
            throw MoneyErrors.Negative(amountFen);
        }

        if (currency != Cny)
        {
            throw MoneyErrors.UnsupportedCurrency(currency);
        }

        return new Money(amountFen, currency);
    }

    public override string ToString() => $"{AmountFen / 100}.{AmountFen % 100:D2} {Currency}";
}
