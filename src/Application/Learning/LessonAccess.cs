using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Application.Learning;

/// <summary>A lesson with its paid content and whether the caller may open it (<see cref="LessonGate"/>).</summary>
internal sealed record GatedLesson(Guid LessonId, LessonGate Gate, string? Body, string? MediaUrl)
{
    public bool IsOpen { get; init; }
}

internal static class LessonAccess
{
    /// <summary>
    /// The lessons of <paramref name="lessonIds"/> that exist, each marked open or not for <paramref name="user"/>.
    /// Costs one statement for the lessons and, only when a signed-in caller meets a lesson the rule does not already
    /// open, one enrollment lookup for all their courses together, however many lessons are asked for.
    /// </summary>
    public static async Task<IReadOnlyList<GatedLesson>> GateLessonsAsync(
        this IApplicationDbContext db, ICurrentUser user, IReadOnlyCollection<Guid> lessonIds, CancellationToken cancellationToken)
    {
        var lessons = await (
                from course in db.Courses
                join creator in db.Creators on course.CreatorId equals creator.Id
                from lesson in course.Chapters.SelectMany(ch => ch.Lessons)
                where lessonIds.Contains(lesson.Id)
                select new GatedLesson(
                    lesson.Id, new LessonGate(course.Id, lesson.IsFreePreview, creator.UserId), lesson.Body, lesson.MediaUrl))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var viewer = new LessonViewer(user.Id, user.IsInRole(Role.Admin), new HashSet<Guid>());
        var undecided = lessons.Where(l => !l.Gate.OpensFor(viewer)).Select(l => l.Gate.CourseId).Distinct().ToList();
        if (viewer.UserId is { } userId && undecided.Count > 0)
        {
            var enrolled = await db.Enrollments.ActiveFor(userId)
                .Where(e => undecided.Contains(e.CourseId))
                .Select(e => e.CourseId)
                .ToListAsync(cancellationToken);
            viewer = viewer with { EnrolledCourseIds = enrolled.ToHashSet() };
        }

        return [.. lessons.Select(l => l with { IsOpen = l.Gate.OpensFor(viewer) })];
    }
}
