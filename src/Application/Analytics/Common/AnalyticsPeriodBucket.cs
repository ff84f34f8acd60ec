namespace KnowledgePay.Application.Analytics.Common;

/// <summary>
/// One point of a series: the local dates <see cref="Start"/> to <see cref="End"/> (both included) and the UTC instants
/// they span, from <see cref="StartsAt"/> up to but excluding <see cref="EndsAt"/>. <see cref="Index"/> is its key in SQL.
/// </summary>
public sealed record AnalyticsPeriodBucket(int Index, DateOnly Start, DateOnly End, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
