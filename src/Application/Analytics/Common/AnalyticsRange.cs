namespace KnowledgePay.Application.Analytics.Common;

/// <summary>
/// The local dates a metric covers, both included, cut into <paramref name="Bucket"/>s in <paramref name="TimeZone"/>
/// (an IANA id; null means the operator's, <see cref="AnalyticsOptions.TimeZone"/>).
/// </summary>
public sealed record AnalyticsRange(DateOnly From, DateOnly To, AnalyticsBucket Bucket = AnalyticsBucket.Day, string? TimeZone = null);
