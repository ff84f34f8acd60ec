using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Cohorts;

/// <summary>
/// Users grouped by the bucket of <see cref="Range"/> they joined in (by <see cref="Basis"/>), followed for
/// <see cref="Periods"/> buckets each: who came back to learn, who bought again, and what they paid.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record GetCohortsQuery(AnalyticsRange Range, CohortBasis Basis = CohortBasis.FirstPurchase, int Periods = GetCohortsQuery.DefaultPeriods)
    : IQuery<CohortTableDto>
{
    public const int DefaultPeriods = 12;
    public const int MaxPeriods = 24;
}

/// <summary>
/// Three aggregate statements over one membership subquery (each user's joining instant, bucketed by the database):
/// cohort sizes with lifetime value, learners per cohort and period, and purchasers and revenue per cohort and period.
/// A period is the activity's bucket minus the cohort's, both counted from the range's start in the operator's calendar.
/// </summary>
internal sealed class GetCohortsQueryHandler(IApplicationDbContext db, AnalyticsPeriods analyticsPeriods)
    : IQueryHandler<GetCohortsQuery, CohortTableDto>
{
    private static readonly BehaviourEventKind[] LearningKinds =
        [BehaviourEventKind.LessonStart, BehaviourEventKind.Progress, BehaviourEventKind.LessonComplete];

    public async ValueTask<CohortTableDto> Handle(GetCohortsQuery query, CancellationToken cancellationToken)
    {
        var cohorts = analyticsPeriods.Resolve(query.Range);
        var today = analyticsPeriods.Today(query.Range.TimeZone);
        var activity = analyticsPeriods.Resolve(query.Range with { To = ActivityEnd(cohorts, query.Periods, today) });
        var paid = db.Orders.Where(o => o.PaidAt != null && !db.OrderLines.Any(l => l.OrderId == o.Id && l.Kind == OfferKind.WalletTopUp));
        var members = query.Basis == CohortBasis.SignUp
            ? db.Users.Select(u => new CohortMember { UserId = u.Id, JoinedAt = u.CreatedAt })
            : paid.GroupBy(o => o.UserId).Select(g => new CohortMember { UserId = g.Key, JoinedAt = g.Min(o => o.PaidAt!.Value) });
        var users = members
            .Where(cohorts.Covers<CohortMember>(m => m.JoinedAt))
            .SelectWithBucket(activity, m => m.JoinedAt, (m, bucket) => new CohortUser { UserId = m.UserId, Cohort = bucket });

        var sums = await users
            .Select(u => new { u.Cohort, NetFen = paid.Where(o => o.UserId == u.UserId).Sum(o => (long?)(o.PaidFen - o.RefundedFen)) ?? 0 })
            .GroupBy(u => u.Cohort)
            .Select(g => new CohortSums(g.Key, g.Count(), g.Sum(u => u.NetFen)))
            .ToListAsync(cancellationToken);
        var learners = await CellsAsync(
            users.Join(
                db.BehaviourEvents.Where(e => LearningKinds.Contains(e.Kind)).Where(activity.Covers<BehaviourEvent>(e => e.OccurredAt)),
                u => u.UserId,
                e => e.UserId,
                (u, e) => new CohortActivity { UserId = u.UserId, Cohort = u.Cohort, At = e.OccurredAt, NetFen = 0 }),
            activity,
            query.Periods,
            cancellationToken);
        var purchases = await CellsAsync(
            users.Join(
                paid.Where(activity.Covers<Order>(o => o.PaidAt!.Value)),
                u => u.UserId,
                o => o.UserId,
                (u, o) => new CohortActivity { UserId = u.UserId, Cohort = u.Cohort, At = o.PaidAt!.Value, NetFen = o.PaidFen - o.RefundedFen }),
            activity,
            query.Periods,
            cancellationToken);

        return CohortTableShape.Of(cohorts, activity, today, query.Periods, sums, learners, purchases);
    }

    /// <summary>
    /// The last local date activity is counted on: the end of the last cohort's last period, but not after today
    /// (nothing has happened yet) and not before the range's end (so both periods cut the same buckets).
    /// </summary>
    private static DateOnly ActivityEnd(AnalyticsPeriod cohorts, int periods, DateOnly today)
    {
        var needed = BucketStartAfter(cohorts.Buckets[^1].Start, cohorts.Bucket, periods).AddDays(-1);
        var end = needed < today ? needed : today;
        return end > cohorts.To ? end : cohorts.To;
    }

    /// <summary>The first date of the <paramref name="count"/>th bucket after the one holding <paramref name="date"/>.</summary>
    private static DateOnly BucketStartAfter(DateOnly date, AnalyticsBucket bucket, int count) => bucket switch
    {
        AnalyticsBucket.Day => date.AddDays(count),
        AnalyticsBucket.Week => date.AddDays((7 * count) - (((int)date.DayOfWeek + 6) % 7)),
        _ => new DateOnly(date.Year, date.Month, 1).AddMonths(count),
    };

    private static Task<List<CohortCellSums>> CellsAsync(
        IQueryable<CohortActivity> activities, AnalyticsPeriod activity, int periods, CancellationToken cancellationToken) =>
        activities
            .SelectWithBucket(activity, a => a.At, (a, bucket) => new CohortCell { UserId = a.UserId, Cohort = a.Cohort, Period = bucket - a.Cohort, NetFen = a.NetFen })
            .Where(c => c.Period >= 0 && c.Period < periods)
            .GroupBy(c => new { c.Cohort, c.Period })
            .Select(g => new CohortCellSums(g.Key.Cohort, g.Key.Period, g.Select(c => c.UserId).Distinct().Count(), g.Sum(c => c.NetFen)))
            .ToListAsync(cancellationToken);
}
