using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Overview.Figures;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;

/// <summary>The business over a range: totals and one point per bucket, in the operator's time zone unless the range names one.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetAnalyticsOverviewQuery(AnalyticsRange Range) : IQuery<AnalyticsOverviewDto>;

/// <summary>
/// Grouped by bucket in SQL, plus the same statements over the whole range for the totals: distinct counts (paying users,
/// active learners) of a range are not the sums of its buckets' counts.
/// </summary>
internal sealed class GetAnalyticsOverviewQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods)
    : IQueryHandler<GetAnalyticsOverviewQuery, AnalyticsOverviewDto>
{
    public async ValueTask<AnalyticsOverviewDto> Handle(GetAnalyticsOverviewQuery query, CancellationToken cancellationToken)
    {
        var period = periods.Resolve(query.Range);
        var byBucket = await db.FiguresAsync(new BucketSlices(period), cancellationToken);
        var totals = await db.FiguresBetweenAsync(period.StartsAt, period.EndsAt, cancellationToken);
        return new AnalyticsOverviewDto(
            period.Zone.Id,
            totals,
            [.. period.Buckets.Select(b => new BusinessPointDto(b, byBucket.GetValueOrDefault(b.Index, BusinessFiguresDto.Zero)))]);
    }
}
