using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Overview.Figures;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Analytics.Overview.GetAnalyticsToday;

/// <summary>Today so far against all of yesterday and against yesterday up to the same local time, in the operator's time zone.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetAnalyticsTodayQuery : IQuery<AnalyticsTodayDto>;

internal sealed class GetAnalyticsTodayQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods, TimeProvider clock)
    : IQueryHandler<GetAnalyticsTodayQuery, AnalyticsTodayDto>
{
    public async ValueTask<AnalyticsTodayDto> Handle(GetAnalyticsTodayQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = periods.Today();
        var days = periods.Resolve(new AnalyticsRange(today.AddDays(-1), today));
        var (yesterday, todaySoFar) = (days.Buckets[0], days.Buckets[1]);
        var figures = await db.FiguresAsync(new BucketSlices(days), cancellationToken);
        var bySameTime = await db.FiguresBetweenAsync(yesterday.StartsAt, SameLocalTimeYesterday(days.Zone, now), cancellationToken);
        return new AnalyticsTodayDto(
            today,
            figures.GetValueOrDefault(todaySoFar.Index, BusinessFiguresDto.Zero),
            figures.GetValueOrDefault(yesterday.Index, BusinessFiguresDto.Zero),
            bySameTime);
    }

    /// <summary>Yesterday's date at now's local time of day (not now less 24 hours, which differs on a daylight-saving day).</summary>
    private static DateTimeOffset SameLocalTimeYesterday(TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.AddDays(-1);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }
}
