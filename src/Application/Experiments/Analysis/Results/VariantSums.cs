using KnowledgePay.Application.Common.Statistics;

namespace KnowledgePay.Application.Experiments.Analysis.Results;

/// <summary>
/// One variant's exposed users reduced by the database to sums: per user the outcomes in the conversion window
/// (converted 0/1, revenue net of refunds in fen, a refund among their converting orders 0/1, a page error 0/1) and the
/// pre-exposure covariates (spend and activity in the days before their first exposure), with the squares and cross
/// products CUPED needs.
/// </summary>
public sealed record VariantSums
{
    public string VariantKey { get; init; } = "";

    public long Users { get; init; }

    public long Converted { get; init; }

    public long Refunded { get; init; }

    public long PageErrors { get; init; }

    public double Revenue { get; init; }

    public double RevenueSquares { get; init; }

    public double Spend { get; init; }

    public double SpendSquares { get; init; }

    public double Activity { get; init; }

    public double ActivitySquares { get; init; }

    public double SpendActivity { get; init; }

    public double SpendConverted { get; init; }

    public double ActivityConverted { get; init; }

    public double SpendRevenue { get; init; }

    public double ActivityRevenue { get; init; }

    public CovariateMoments Conversion => WithCovariates(new SampleMoments(Users, Converted, Converted), SpendConverted, ActivityConverted);

    public CovariateMoments RevenuePerUser => WithCovariates(new SampleMoments(Users, Revenue, RevenueSquares), SpendRevenue, ActivityRevenue);

    /// <summary>Of the converted users, whether one of their converting orders was refunded.</summary>
    public SampleMoments RefundRate => new(Converted, Refunded, Refunded);

    /// <summary>Of the exposed users, whether they met a page error in the window.</summary>
    public SampleMoments PageErrorRate => new(Users, PageErrors, PageErrors);

    private CovariateMoments WithCovariates(SampleMoments outcome, double spendOutcome, double activityOutcome) => new(
        outcome,
        [new SampleMoments(Users, Spend, SpendSquares), new SampleMoments(Users, Activity, ActivitySquares)],
        [spendOutcome, activityOutcome],
        [[SpendSquares, SpendActivity], [SpendActivity, ActivitySquares]]);

    public static VariantSums Empty(string variantKey) => new() { VariantKey = variantKey };
}
