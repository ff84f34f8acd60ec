using System.Linq.Expressions;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Commands;

/// <summary>
/// The resource check of catalogue management: admins manage every course, a creator only the courses of the
/// creator profile linked to their user. Loads the whole aggregate (outline and tags) for the change.
/// </summary>
internal static class ManagedCourses
{
    public static Task<Course> ManagedCourseAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid courseId, CancellationToken cancellationToken) =>
        db.LoadManagedAsync(user, c => c.Id == courseId, nameof(Course), courseId, cancellationToken);

    public static Task<Course> ManagedCourseOfChapterAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid chapterId, CancellationToken cancellationToken) =>
        db.LoadManagedAsync(user, c => c.Chapters.Any(ch => ch.Id == chapterId), nameof(Chapter), chapterId, cancellationToken);

    public static Task<Course> ManagedCourseOfLessonAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid lessonId, CancellationToken cancellationToken) =>
        db.LoadManagedAsync(
            user, c => c.Chapters.Any(ch => ch.Lessons.Any(l => l.Id == lessonId)), nameof(Lesson), lessonId, cancellationToken);

    /// <summary>The caller's own creator profile id; null for a user without one.</summary>
    public static async Task<Guid?> OwnCreatorIdAsync(
        this IApplicationDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new UnauthenticatedException();
        return await db.Creators.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Fails unless the caller may manage the courses of <paramref name="creatorId"/>.</summary>
    public static async Task EnsureManagesCreatorAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid creatorId, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Role.Admin) && await db.OwnCreatorIdAsync(user, cancellationToken) != creatorId)
        {
            throw new ForbiddenAccessException();
        }
    }

    /// <summary>
    /// Saves the change (its audit entries and in-transaction reactions ride along; after-commit reactions such as
    /// retraining go through the outbox) and returns the course as it now stands.
    /// </summary>
    public static async Task<CourseDto> SaveCourseAsync(this IApplicationDbContext db, Course course, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return course.Adapt<CourseDto>();
    }

    private static async Task<Course> LoadManagedAsync(
        this IApplicationDbContext db,
        ICurrentUser user,
        Expression<Func<Course, bool>> match,
        string entity,
        Guid id,
        CancellationToken cancellationToken)
    {
        var course = await db.Courses
            .Include(c => c.Chapters).ThenInclude(ch => ch.Lessons)
            .Include(c => c.Tags)
            .SingleOrDefaultAsync(match, cancellationToken)
            ?? throw new NotFoundException(entity, id);
        await db.EnsureManagesCreatorAsync(user, course.CreatorId, cancellationToken);
        return course;
    }
}
