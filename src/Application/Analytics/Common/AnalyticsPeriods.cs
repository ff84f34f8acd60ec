using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Analytics.Common;

/// <summary>Resolves a metric's range in the operator's time zone unless the range names its own.</summary>
public sealed class AnalyticsPeriods(IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    public AnalyticsPeriod Resolve(AnalyticsRange range) => AnalyticsPeriod.Resolve(range, options.Value.TimeZone);

    /// <summary>Today's date in the operator's time zone (or <paramref name="timeZone"/>).</summary>
    public DateOnly Today(string? timeZone = null) =>
        AnalyticsPeriod.Resolve(new AnalyticsRange(DateOnly.MinValue, DateOnly.MinValue, TimeZone: timeZone), options.Value.TimeZone)
            .LocalDateOf(clock.GetUtcNow());
}
