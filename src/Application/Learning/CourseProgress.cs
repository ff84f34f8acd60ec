using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.Learning;

internal sealed class CourseProgress(IApplicationDbContext db) : ICourseProgress
{
    public async Task<int> PercentCompletedAsync(Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        var standing = await db.StandingInCoursesAsync(userId, [courseId], cancellationToken);
        return standing.TryGetValue(courseId, out var course) ? course.ProgressPercent : 0;
    }
}
