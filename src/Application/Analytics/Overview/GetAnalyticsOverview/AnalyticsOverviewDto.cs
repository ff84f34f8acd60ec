using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Overview.Figures;

namespace KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;

public sealed record AnalyticsOverviewDto(string TimeZone, BusinessFiguresDto Totals, IReadOnlyList<BusinessPointDto> Series);

public sealed record BusinessPointDto(AnalyticsPeriodBucket Bucket, BusinessFiguresDto Figures);
