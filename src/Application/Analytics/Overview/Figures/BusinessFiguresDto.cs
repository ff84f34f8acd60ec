namespace KnowledgePay.Application.Analytics.Overview.Figures;

/// <summary>The business in one slice of time; README "Metric definitions" and ADR 0036 define each figure.</summary>
public sealed record BusinessFiguresDto(
    long GmvFen,
    long RefundedFen,
    long NetRevenueFen,
    int Orders,
    int PayingUsers,
    long? AverageOrderValueFen,
    double? RefundRate,
    int NewUsers,
    int ActiveLearners)
{
    public static readonly BusinessFiguresDto Zero = Of(0, 0, 0, 0, 0, 0);

    public static BusinessFiguresDto Of(long gmvFen, long refundedFen, int orders, int payingUsers, int newUsers, int activeLearners) => new(
        gmvFen,
        refundedFen,
        gmvFen - refundedFen,
        orders,
        payingUsers,
        orders == 0 ? null : (long)Math.Round((double)gmvFen / orders, MidpointRounding.AwayFromZero),
        gmvFen == 0 ? null : (double)refundedFen / gmvFen,
        newUsers,
        activeLearners);
}
