using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Overview.Figures;

/// <summary>
/// The business figures of every slice in four grouped statements (paid orders, completed refunds, sign-ups, learning
/// events), each filtered to the slices and keyed by them in SQL; only one row per slice and statement comes back.
/// </summary>
internal static class BusinessFigureQueries
{
    public static async Task<IReadOnlyDictionary<int, BusinessFiguresDto>> FiguresAsync(
        this IApplicationDbContext db, ITimeSlices slices, CancellationToken cancellationToken)
    {
        var orders = await db.PaidOrders().AsNoTracking()
            .Where(slices.Covers<Order>(o => o.PaidAt!.Value))
            .GroupBy(slices.KeyOf<Order>(o => o.PaidAt!.Value))
            .Select(g => new { g.Key, GmvFen = g.Sum(o => o.PaidFen), Orders = g.Count(), PayingUsers = g.Select(o => o.UserId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var refunded = await db.CompletedRefunds()
            .Where(slices.Covers<CompletedRefund>(r => r.CompletedAt))
            .GroupBy(slices.KeyOf<CompletedRefund>(r => r.CompletedAt))
            .Select(g => new { g.Key, RefundedFen = g.Sum(r => r.Refund.AmountFen) })
            .ToDictionaryAsync(x => x.Key, x => x.RefundedFen, cancellationToken);
        var newUsers = await db.Users.AsNoTracking()
            .Where(slices.Covers<User>(u => u.CreatedAt))
            .GroupBy(slices.KeyOf<User>(u => u.CreatedAt))
            .Select(g => new { g.Key, Users = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Users, cancellationToken);
        var learners = await db.BehaviourEvents.AsNoTracking()
            .Where(e => Revenue.LearningKinds.Contains(e.Kind))
            .Where(slices.Covers<BehaviourEvent>(e => e.OccurredAt))
            .GroupBy(slices.KeyOf<BehaviourEvent>(e => e.OccurredAt))
            .Select(g => new { g.Key, Learners = g.Select(e => e.UserId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Learners, cancellationToken);

        return orders.Keys.Union(refunded.Keys).Union(newUsers.Keys).Union(learners.Keys).ToDictionary(key => key, key =>
        {
            var paid = orders.GetValueOrDefault(key);
            return BusinessFiguresDto.Of(
                paid?.GmvFen ?? 0,
                refunded.GetValueOrDefault(key),
                paid?.Orders ?? 0,
                paid?.PayingUsers ?? 0,
                newUsers.GetValueOrDefault(key),
                learners.GetValueOrDefault(key));
        });
    }

    /// <summary>The figures of one window, from <paramref name="from"/> up to but excluding <paramref name="to"/>.</summary>
    public static async Task<BusinessFiguresDto> FiguresBetweenAsync(
        this IApplicationDbContext db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await db.FiguresAsync(new WindowSlice(from, to), cancellationToken)).GetValueOrDefault(WindowSlice.Key, BusinessFiguresDto.Zero);
}
