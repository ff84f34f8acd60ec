using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

/// <summary>
/// The fact that a learner opened one of a course's paid lessons: its body was served to them or they followed its
/// media link. Kept once per learner and lesson, whatever the player reports afterwards, so the refund policy can
/// count the lesson as consumed even when no progress was ever reported.
/// </summary>
public sealed class LessonOpening : Entity
{
    private LessonOpening()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid LessonId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public static LessonOpening Record(Guid userId, Guid courseId, Guid lessonId, DateTimeOffset now) => new()
    {
        UserId = userId,
        CourseId = courseId,
        LessonId = lessonId,
        OpenedAt = now,
    };
}
