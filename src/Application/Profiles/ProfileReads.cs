using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Profiles;

/// <summary>The reads profiles are computed from; the event table is large, so events are counted per day in SQL.</summary>
internal static class ProfileReads
{
    public static async Task<List<DailyEvents>> DailyEventsAsync(
        this IQueryable<BehaviourEvent> events, int sinceDay, CancellationToken cancellationToken) =>
        await events
            .Where(e => e.OccurredOnDay >= sinceDay)
            .GroupBy(e => new { e.CourseId, e.Kind, e.OccurredOnDay })
            .Select(g => new DailyEvents(g.Key.CourseId, g.Key.Kind, g.Key.OccurredOnDay, g.Count(), g.Sum(e => e.ProgressPercent ?? 0)))
            .ToListAsync(cancellationToken);

    public static async Task<Dictionary<Guid, CourseTraits>> CourseTraitsAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Guid> courseIds, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CategoryId, TagIds = c.Tags.Select(t => t.TagId).ToList(), c.Price.AmountFen })
            .ToDictionaryAsync(c => c.Id, c => new CourseTraits(c.CategoryId, c.TagIds, c.AmountFen), cancellationToken);

    /// <summary>The day number events are counted against: today's, by <paramref name="now"/>.</summary>
    public static int Today(DateTimeOffset now) => BehaviourEvent.DayNumber(now);
}
