namespace KnowledgePay.Domain.Analytics;

public static class AnalyticsLimits
{
    /// <summary>Two years and a day: this year against last, side by side.</summary>
    public const int MaxDays = 731;

    /// <summary>More points than a chart can show: a year by day fits, two years by day do not.</summary>
    public const int MaxBuckets = 400;
}
