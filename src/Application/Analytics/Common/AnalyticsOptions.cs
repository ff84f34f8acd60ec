namespace KnowledgePay.Application.Analytics.Common;

/// <summary>The <c>Analytics</c> section of configuration.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>The operator's time zone: where a day starts and ends for every metric that does not name one.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary><see cref="TimeZone"/> resolved (validated at start-up).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
