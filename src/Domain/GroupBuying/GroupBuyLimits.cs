namespace KnowledgePay.Domain.GroupBuying;

public static class GroupBuyLimits
{
    public const int MinGroupSize = 2;
    public const int MaxGroupSize = 10;
    public const int MinFillHours = 1;

    /// <summary>A week: a group that takes longer holds its members' money too long.</summary>
    public const int MaxFillHours = 168;

    public const int MaxDealDays = 90;
}
