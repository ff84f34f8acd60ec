namespace KnowledgePay.Domain.Segments;

public static class SegmentLimits
{
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 500;

    /// <summary>Bounds the SQL one rule becomes: every condition is a subquery or a predicate on the user row.</summary>
    public const int MaxConditions = 20;

    public const int MaxDepth = 5;

    public const int MaxValues = 50;

    public const int ValueMaxLength = 100;

    public const int MaxWithinDays = 365;
}
