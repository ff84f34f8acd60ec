using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog;

/// <summary>
/// Reads a course for a counter change inside the caller's transaction after locking its row: a no-op update makes
/// PostgreSQL hold the row lock (and SQLite the write lock) until commit, so many learners rating one course at once
/// queue on the row and each adds to the summary the previous one left — exact totals, no optimistic retry storm on
/// the catalogue's busiest rows.
/// </summary>
internal static class CourseLocks
{
    public static async Task<Course?> LockedCourseAsync(this IApplicationDbContext db, Guid courseId, CancellationToken cancellationToken)
    {
        var locked = await db.Courses.Where(c => c.Id == courseId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, c => c.Version), cancellationToken);
        return locked == 0 ? null : await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
    }
}
