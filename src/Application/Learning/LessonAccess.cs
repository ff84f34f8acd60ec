using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

/// <summary>
/// A lesson with its paid content and whether the caller may open it (<see cref="LessonGate"/>).
/// <see cref="OpenedBefore"/> says whether a <see cref="LessonOpening"/> is already recorded for them.
/// </summary>
internal sealed record GatedLesson(Guid LessonId, LessonGate Gate, string? Body, string? MediaUrl, bool OpenedBefore)
{
    public bool IsOpen { get; init; }

    /// <summary>Whether opening it uses up what the caller paid for (<see cref="LessonGate.IsConsumedBy"/>).</summary>
    public bool ConsumesPurchase { get; init; }
}

internal static class LessonAccess
{
    /// <summary>The lessons of <paramref name="lessonIds"/> that exist, each marked open or not for the current user.</summary>
    public static Task<IReadOnlyList<GatedLesson>> GateLessonsAsync(
        this IApplicationDbContext db, ICurrentUser user, IReadOnlyCollection<Guid> lessonIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.GateLessonsAsync(user.Id, user.IsInRole(Role.Admin), lessonIds, now, cancellationToken);

    /// <summary>
    /// The lessons of <paramref name="lessonIds"/> that exist, each marked open or not for the user
    /// <paramref name="userId"/> (anonymous when null) at <paramref name="now"/>. Costs one statement for the lessons and,
    /// only when a signed-in caller meets a lesson the rule does not already open, one entitlement lookup
    /// (<see cref="CourseEntitlements"/>) for all their courses together, however many lessons are asked for.
    /// </summary>
    public static async Task<IReadOnlyList<GatedLesson>> GateLessonsAsync(
        this IApplicationDbContext db,
        Guid? userId,
        bool isAdmin,
        IReadOnlyCollection<Guid> lessonIds,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var lessons = await (
                from course in db.Courses
                join creator in db.Creators on course.CreatorId equals creator.Id
                from lesson in course.Chapters.SelectMany(ch => ch.Lessons)
                where lessonIds.Contains(lesson.Id)
                select new GatedLesson(
                    lesson.Id,
                    new LessonGate(course.Id, lesson.IsFreePreview, creator.UserId),
                    lesson.Body,
                    lesson.MediaUrl,
                    db.LessonOpenings.Any(o => o.UserId == userId && o.LessonId == lesson.Id)))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var viewer = new LessonViewer(userId, isAdmin, new HashSet<Guid>());
        var undecided = lessons.Where(l => !l.Gate.OpensFor(viewer)).Select(l => l.Gate.CourseId).Distinct().ToList();
        if (userId is { } id && undecided.Count > 0)
        {
            viewer = viewer with { OpenCourseIds = await db.OpenCourseIdsAsync(id, undecided, now, cancellationToken) };
        }

        return [.. lessons.Select(l => l with { IsOpen = l.Gate.OpensFor(viewer), ConsumesPurchase = l.Gate.IsConsumedBy(viewer) })];
    }
}
