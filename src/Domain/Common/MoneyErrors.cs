namespace KnowledgePay.Domain.Common;

public static class MoneyErrors
{
    public static DomainException Negative(long amountFen) =>
        new("MONEY_NEGATIVE", $"An amount cannot be negative ({amountFen} fen).");

    public static DomainException UnsupportedCurrency(string currency) =>
        new("MONEY_UNSUPPORTED_CURRENCY", $"Currency '{currency}' is not supported; prices are in CNY.");
}
