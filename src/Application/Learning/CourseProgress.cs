using KnowledgePay.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

internal sealed class CourseProgress(IApplicationDbContext db) : ICourseProgress
{
    public async Task<int> PercentConsumedAsync(Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Id == courseId)
            .Select(c => new
            {
                c.LessonCount,
                Consumed = c.Chapters.SelectMany(ch => ch.Lessons).Count(l =>
                    db.LessonProgress.Any(p => p.UserId == userId && p.LessonId == l.Id && p.CompletedAt != null)
                    || db.LessonOpenings.Any(o => o.UserId == userId && o.LessonId == l.Id)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return course is null ? 0 : LearnerStanding.PercentOf(course.Consumed, course.LessonCount);
    }
}
