using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>What a served list must respect beyond the model: the catalogue's state now and what the caller owns.</summary>
internal static class ServingReads
{
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
        this IApplicationDbContext db, Guid? userId, CancellationToken cancellationToken) =>
        userId is null
            ? []
            : (await db.Enrollments.AsNoTracking()
                .Where(e => e.UserId == userId && e.RevokedAt == null)
                .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { c.Id, c.CreatorId })
                .ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.CreatorId))
            .ToList();
}
