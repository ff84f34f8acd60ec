using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

internal static class LearnerStanding
{
    /// <summary>
    /// One learner's standing in each existing course of <paramref name="courseIds"/>, in one statement. Progress of
    /// removed lessons is gone with them, so completed lessons never outnumber the course's lessons.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, CourseAccessDto>> StandingInCoursesAsync(
        this IApplicationDbContext db, Guid userId, IReadOnlyCollection<Guid> courseIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opens = db.Courses.Where(db.OpensFor(userId, now));
        var courses = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.LessonCount,
                Enrolled = db.Enrollments.ActiveFor(userId, now).Any(e => e.CourseId == c.Id),
                CanOpen = opens.Any(o => o.Id == c.Id),
                Completed = db.LessonProgress.Count(p => p.UserId == userId && p.CourseId == c.Id && p.CompletedAt != null),
                LastStudiedAt = db.LessonProgress
                    .Where(p => p.UserId == userId && p.CourseId == c.Id)
                    .OrderByDescending(p => p.UpdatedAt)
                    .Select(p => (DateTimeOffset?)p.UpdatedAt)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return courses.ToDictionary(
            c => c.Id,
            c => new CourseAccessDto(c.Id, c.Enrolled, c.CanOpen, PercentOf(c.Completed, c.LessonCount), c.LastStudiedAt));
    }

    public static int PercentOf(int completed, int total) => total == 0 ? 0 : Math.Min(100, completed * 100 / total);
}
