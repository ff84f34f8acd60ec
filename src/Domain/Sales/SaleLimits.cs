namespace KnowledgePay.Domain.Sales;

public static class SaleLimits
{
    public const int TitleLength = 60;
    public const int MaxStock = 1_000_000;
    public const int MaxPerUserLimit = 100;
    public const int MaxDays = 366;
}
