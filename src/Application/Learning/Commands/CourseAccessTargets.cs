using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Commands;

internal static class CourseAccessTargets
{
    /// <summary>Fails unless the user exists and the course is one learners can see (published or archived).</summary>
    public static async Task EnsureLearnerAndCourseExistAsync(
        this IApplicationDbContext db, Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException(nameof(User), userId);
        }

        if (!await db.Courses.AnyAsync(c => c.Id == courseId && c.Status != CourseStatus.Draft, cancellationToken))
        {
            throw new NotFoundException(nameof(Course), courseId);
        }
    }
}
