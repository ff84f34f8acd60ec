namespace KnowledgePay.Domain.Coupons;

public static class CouponLimits
{
    public const int TitleLength = 60;
    public const int CodeMinLength = 4;
    public const int CodeLength = 32;
    public const long MaxAmountFen = 10_000_000;
    public const int MaxScopeIds = 100;
    public const int MaxValidDays = 366;
    public const int MaxStock = 10_000_000;
    public const int MaxPerUser = 100;
    public const int MaxIssueUsers = 500;
}
