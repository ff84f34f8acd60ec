using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Comments;

namespace KnowledgePay.Application.Comments;

/// <summary>
/// Who may comment on a lesson: whoever the lesson opens to under the paid-content rule (<see cref="LessonGate"/>): an
/// entitled learner, the course's creator, an admin, and for a free preview every signed-in user.
/// </summary>
internal static class LessonCommenting
{
    /// <returns>The lesson's course.</returns>
    public static async Task<Guid> EnsureMayCommentAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid lessonId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lesson = (await db.GateLessonsAsync(user, [lessonId], now, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(nameof(Lesson), lessonId);
        return lesson.IsOpen ? lesson.Gate.CourseId : throw CommentErrors.NoAccess();
    }
}
