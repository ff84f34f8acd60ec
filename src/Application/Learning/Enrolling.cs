using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

internal static class Enrolling
{
    /// <summary>
    /// Adds each of <paramref name="candidates"/> whose learner holds no active enrollment in its course yet, and returns
    /// those it added; the rest are dropped unsaved. An expired enrollment is revoked first, so the one unrevoked
    /// enrollment per learner and course is the new one. Enrollments other handlers added in this save count too, and
    /// one statement reads what the learners hold, however many candidates there are. Never saves.
    /// </summary>
    public static async Task<IReadOnlyList<Enrollment>> EnrollAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Enrollment> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var userIds = candidates.Select(c => c.UserId).Distinct().ToList();
        var courseIds = candidates.Select(c => c.CourseId).Distinct().ToList();
        await db.Enrollments
            .Where(e => userIds.Contains(e.UserId) && courseIds.Contains(e.CourseId) && e.RevokedAt == null)
            .LoadAsync(cancellationToken);
        var held = db.Enrollments.Local
            .Where(e => e.RevokedAt is null && userIds.Contains(e.UserId) && courseIds.Contains(e.CourseId))
            .ToDictionary(e => (e.UserId, e.CourseId));

        var granted = new List<Enrollment>();
        foreach (var candidate in candidates.DistinctBy(c => (c.UserId, c.CourseId)))
        {
            if (held.TryGetValue((candidate.UserId, candidate.CourseId), out var current))
            {
                if (current.IsActiveAt(now))
                {
                    continue;
                }

                current.Revoke(now);
            }

            db.Enrollments.Add(candidate);
            granted.Add(candidate);
        }

        return granted;
    }

    /// <summary>The courses of bundle <paramref name="bundleId"/>, in its order; empty when there is no such bundle.</summary>
    public static async Task<IReadOnlyList<Guid>> BundleCourseIdsAsync(
        this IApplicationDbContext db, Guid bundleId, CancellationToken cancellationToken) =>
        await db.Offers.AsNoTracking()
            .Where(o => o.Id == bundleId && o.Kind == OfferKind.Bundle)
            .SelectMany(o => o.Courses)
            .OrderBy(c => c.Position)
            .Select(c => c.CourseId)
            .ToListAsync(cancellationToken);
}
