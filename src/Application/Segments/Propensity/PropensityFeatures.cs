using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Propensity;

/// <summary>
/// The features of every user who existed at a cut-off, from what happened before it, and the label from the 7 days
/// after it: one SQL statement per cut-off, aggregated in the database.
/// </summary>
public static class PropensityFeatures
{
    public const int LabelDays = 7;

    public static readonly string[] Names =
    [
        "views7", "views30", "lessonEvents30", "favourites30", "activeDays30", "paidOrders", "spendFen", "daysSinceLastPaid",
        "abandoned7", "activeMember", "daysSinceSignUp", "interestTags", "ageBand",
    ];

    private const int NeverDays = 365;

    public static async Task<List<PropensityExample>> AtAsync(
        this IApplicationDbContext db, DateTimeOffset cutoff, bool withLabel, CancellationToken cancellationToken)
    {
        var week = cutoff.AddDays(-7);
        var month = cutoff.AddDays(-30);
        var labelEnd = cutoff.AddDays(LabelDays);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.CreatedAt < cutoff)
            .Select(u => new
            {
                u.Id,
                Views7 = db.BehaviourEvents.Count(e => e.UserId == u.Id && e.Kind == BehaviourEventKind.View && e.OccurredAt >= week && e.OccurredAt < cutoff),
                Views30 = db.BehaviourEvents.Count(e => e.UserId == u.Id && e.Kind == BehaviourEventKind.View && e.OccurredAt >= month && e.OccurredAt < cutoff),
                Lessons30 = db.BehaviourEvents.Count(e => e.UserId == u.Id
                    && (e.Kind == BehaviourEventKind.LessonStart || e.Kind == BehaviourEventKind.Progress || e.Kind == BehaviourEventKind.LessonComplete)
                    && e.OccurredAt >= month && e.OccurredAt < cutoff),
                Favourites30 = db.BehaviourEvents.Count(e => e.UserId == u.Id && e.Kind == BehaviourEventKind.Favourite && e.OccurredAt >= month && e.OccurredAt < cutoff),
                ActiveDays30 = db.BehaviourEvents.Where(e => e.UserId == u.Id && e.OccurredAt >= month && e.OccurredAt < cutoff)
                    .Select(e => e.OccurredOnDay).Distinct().Count(),
                PaidOrders = db.Orders.Count(o => o.UserId == u.Id && o.PaidAt < cutoff),
                Spend = db.Orders.Where(o => o.UserId == u.Id && o.PaidAt < cutoff).Sum(o => o.PaidFen),
                LastPaid = db.Orders.Where(o => o.UserId == u.Id && o.PaidAt < cutoff).Max(o => o.PaidAt),
                Abandoned7 = db.Orders.Count(o => o.UserId == u.Id && o.CreatedAt >= week && o.CreatedAt < cutoff
                    && (o.PaidAt == null || o.PaidAt >= cutoff)),
                Member = db.Memberships.Any(m => m.UserId == u.Id && m.StartedAt < cutoff && m.ExpiresAt > cutoff),
                u.CreatedAt,
                Interests = u.InterestTagIds.Count,
                u.Profile.AgeBand,
                Bought = withLabel && db.Orders.Any(o => o.UserId == u.Id && o.PaidAt >= cutoff && o.PaidAt < labelEnd),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new PropensityExample(
                r.Id,
                [
                    r.Views7, r.Views30, r.Lessons30, r.Favourites30, r.ActiveDays30, r.PaidOrders, r.Spend,
                    r.LastPaid is { } last ? (float)Math.Min(NeverDays, (cutoff - last).TotalDays) : NeverDays,
                    r.Abandoned7, r.Member ? 1 : 0, (float)Math.Min(NeverDays * 3, (cutoff - r.CreatedAt).TotalDays),
                    r.Interests, (float)r.AgeBand,
                ],
                r.Bought)),
        ];
    }
}
