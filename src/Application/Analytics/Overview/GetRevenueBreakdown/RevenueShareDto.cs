namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>
/// One group's revenue. <see cref="Key"/> is the category's or creator's id, <see cref="NotACourseKey"/> for lines that
/// sell no single course, or the enum name for the other dimensions.
/// </summary>
public sealed record RevenueShareDto(string Key, string Label, long GmvFen, long NetRevenueFen, int Orders, int PayingUsers)
{
    /// <summary>The group of lines that sell no single course (bundles, memberships) under category and creator.</summary>
    public const string NotACourseKey = "NOT_A_COURSE";

    public const string NotACourseLabel = "Bundles and memberships";
}
