namespace KnowledgePay.Application.Analytics.Common;

/// <summary>How a range is cut: local calendar days, weeks starting on Monday, or calendar months.</summary>
public enum AnalyticsBucket
{
    Day,
    Week,
    Month,
}
