using KnowledgePay.Application.Analytics.Overview.Figures;

namespace KnowledgePay.Application.Analytics.Overview.GetAnalyticsToday;

public sealed record AnalyticsTodayDto(DateOnly Date, BusinessFiguresDto Today, BusinessFiguresDto Yesterday, BusinessFiguresDto YesterdayBySameTime);
