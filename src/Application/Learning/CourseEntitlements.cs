using System.Linq.Expressions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

/// <summary>
/// The one answer to "which courses may this user open now": an enrollment active at that moment (bought, through a
/// bundle, gifted, redeemed or granted, neither revoked nor expired), or an active membership whose plan covers the
/// course (a plan with no chosen courses covers them all). Lesson bodies, media links, the course's viewer access and
/// the pricer all ask here.
/// </summary>
internal static class CourseEntitlements
{
    /// <summary>The courses of <paramref name="courseIds"/> that exist and <paramref name="userId"/> may open at <paramref name="now"/>; one statement.</summary>
    public static async Task<IReadOnlySet<Guid>> OpenCourseIdsAsync(
        this IApplicationDbContext db, Guid userId, IReadOnlyCollection<Guid> courseIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        courseIds.Count == 0
            ? new HashSet<Guid>()
            : (await db.Courses.AsNoTracking()
                .Where(c => courseIds.Contains(c.Id))
                .Where(db.OpensFor(userId, now))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken))
            .ToHashSet();

    /// <summary>The rule as a predicate, for queries that fold it into a larger statement.</summary>
    public static Expression<Func<Course, bool>> OpensFor(this IApplicationDbContext db, Guid userId, DateTimeOffset now)
    {
        var enrollments = db.Enrollments.ActiveFor(userId, now);
        var plans = db.Memberships.Where(Membership.ActiveAt(now)).Where(m => m.UserId == userId)
            .Join(db.Offers, m => m.PlanId, o => o.Id, (m, o) => o);
        return c => enrollments.Any(e => e.CourseId == c.Id)
            || plans.Any(p => !p.Courses.Any() || p.Courses.Any(pc => pc.CourseId == c.Id));
    }
}
