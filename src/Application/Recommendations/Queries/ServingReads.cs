using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>What a served list must respect beyond the model: the catalogue's state now and what the caller owns.</summary>
internal static class ServingReads
{
    /// <summary>The most recent events that can steer a list; a session, not a history.</summary>
    public const int MaxFreshEvents = 50;

    /// <summary>After this long a fresh event steers half as much as one just sent.</summary>
    public static readonly TimeSpan FreshHalfLife = TimeSpan.FromHours(24);

    /// <summary>
    /// The courses the user acted on since <paramref name="since"/> (the model's training), each weighted by the
    /// kinds of event (<see cref="EventWeights"/>) and how recent they are; courses whose weights net out at zero or
    /// below (unfavoured, refunded) are left out.
    /// </summary>
    public static async Task<List<WeightedFeature>> FreshCoursesAsync(
        this IApplicationDbContext db, Guid userId, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await db.BehaviourEvents.AsNoTracking()
            .Where(e => e.UserId == userId && e.RecordedAt > since)
            .OrderByDescending(e => e.RecordedAt)
            .Take(MaxFreshEvents)
            .Select(e => new { e.CourseId, e.Kind, e.ProgressPercent, e.OccurredAt })
            .ToListAsync(cancellationToken))
        .GroupBy(e => e.CourseId)
        .Select(course => new WeightedFeature(
            ProfileFeatures.Key(course.Key),
            (float)course.Sum(e => EventWeights.Of(e.Kind, 1, e.ProgressPercent ?? 0) * Math.Pow(0.5, (now - e.OccurredAt) / FreshHalfLife))))
        .Where(course => course.Weight > 0f)
        .ToList();

    /// <summary>Beyond this many courses the popularity prior's share (<see cref="NewLearnerBlend"/>) is negligible; counting stops.</summary>
    public const int MaxCountedInteractions = 1000;

    /// <summary>
    /// How many distinct courses the learner has acted on or owns: the n by which <see cref="NewLearnerBlend"/> hands
    /// their list from the popularity prior to the model.
    /// </summary>
    public static async Task<int> InteractedCourseCountAsync(
        this IApplicationDbContext db, Guid userId, IEnumerable<Guid> ownedCourses, CancellationToken cancellationToken) =>
        (await db.BehaviourEvents.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Select(e => e.CourseId)
            .Distinct()
            .Take(MaxCountedInteractions)
            .ToListAsync(cancellationToken))
        .Union(ownedCourses)
        .Count();

    /// <summary>Courses not on show right now (drafts, archived); the model may have been trained while they were.</summary>
    public static async Task<IReadOnlySet<string>> UnpublishedCourseKeysAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        (await db.Courses.AsNoTracking()
            .Where(c => c.Status != CourseStatus.Published)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken))
        .Select(ProfileFeatures.Key)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The courses the user holds an active enrollment for, with their creators (whom the user follows by buying).</summary>
    public static async Task<List<(Guid CourseId, Guid CreatorId)>> OwnedCoursesAsync(
        this IApplicationDbContext db, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        userId is null
            ? []
            : (await db.Enrollments.AsNoTracking().ActiveFor(userId.Value, now)
                .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { c.Id, c.CreatorId })
                .ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.CreatorId))
            .ToList();
}
