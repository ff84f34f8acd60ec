using KnowledgePay.Application.Analytics.Common;

namespace KnowledgePay.Application.Analytics.Cohorts;

/// <summary>One cohort per bucket of the range, oldest first, in <see cref="TimeZone"/>.</summary>
public sealed record CohortTableDto(AnalyticsBucket Bucket, string TimeZone, IReadOnlyList<CohortDto> Cohorts);

/// <summary>
/// The users who joined in <see cref="Bucket"/>, what all their orders brought to date (<see cref="LifetimeValueFen"/>),
/// and one entry per period since that has begun.
/// </summary>
public sealed record CohortDto(AnalyticsPeriodBucket Bucket, int Users, long LifetimeValueFen, IReadOnlyList<CohortPeriodDto> Periods);

/// <summary>
/// The <see cref="Index"/>th bucket after the cohort's own (0: its own), spanning <see cref="Bucket"/>. Rates are shares
/// of the cohort's users (0 for an empty cohort); revenue is net of refunds and counts orders paid in the period.
/// </summary>
public sealed record CohortPeriodDto(
    int Index,
    AnalyticsPeriodBucket Bucket,
    int ActiveLearners,
    int Purchasers,
    long RevenueFen,
    double Retention,
    double PurchaseRate,
    double CumulativeRevenuePerUserFen);
