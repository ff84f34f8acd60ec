using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

public static class LearningErrors
{
    // Codes that mutations return as typed errors; API contract, never renamed silently.
    public const string LessonLockedCode = "LESSON_LOCKED";
    public const string AlreadyEnrolledCode = "ALREADY_ENROLLED";
    public const string NotEnrolledCode = "NOT_ENROLLED";

    public static DomainException EnrollmentAlreadyRevoked() =>
        new("ENROLLMENT_ALREADY_REVOKED", "This access to the course has already been withdrawn.");

    public static DomainException LessonLocked(Guid lessonId) =>
        new(LessonLockedCode, $"Lesson {lessonId} opens only to learners enrolled in its course.");

    public static DomainException AlreadyEnrolled(Guid userId, Guid courseId) =>
        new(AlreadyEnrolledCode, $"User {userId} already has access to course {courseId}.");

    public static DomainException NotEnrolled(Guid userId, Guid courseId) =>
        new(NotEnrolledCode, $"User {userId} has no access to course {courseId} to withdraw.");

    public static DomainException InvalidProgressPercent(int percent) =>
        new("LEARNING_INVALID_PROGRESS_PERCENT", $"Progress must be 0 to 100 percent, not {percent}.");

    public static DomainException InvalidProgressPosition(int positionSeconds) =>
        new("LEARNING_INVALID_PROGRESS_POSITION", $"A position cannot be negative ({positionSeconds} seconds).");
}
