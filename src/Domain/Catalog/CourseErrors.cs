using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public static class CourseErrors
{
    // Codes that mutations return as typed errors; API contract, never renamed silently.
    public const string NotEditableCode = "COURSE_NOT_EDITABLE";
    public const string HasNoLessonsCode = "COURSE_HAS_NO_LESSONS";
    public const string InvalidTransitionCode = "COURSE_INVALID_STATUS_TRANSITION";
    public const string ChapterNotFoundCode = "COURSE_CHAPTER_NOT_FOUND";
    public const string InvalidPositionCode = "COURSE_INVALID_POSITION";

    public static DomainException InvalidTitle() =>
        new("COURSE_INVALID_TITLE", $"A title needs 1 to {CatalogLimits.TitleLength} characters.");

    public static DomainException InvalidSummary() =>
        new("COURSE_INVALID_SUMMARY", $"A summary needs 1 to {CatalogLimits.SummaryLength} characters.");

    public static DomainException NotEditable(Guid courseId) =>
        new(NotEditableCode, $"Course {courseId} is archived and can no longer be changed.");

    public static DomainException CannotPublishWithoutLessons(Guid courseId) =>
        new(HasNoLessonsCode, $"Course {courseId} needs at least one lesson before it can be published.");

    public static DomainException InvalidTransition(Guid courseId, CourseStatus from, CourseStatus to) =>
        new(InvalidTransitionCode, $"Course {courseId} cannot move from {from} to {to}.");

    public static DomainException ChapterNotFound(Guid chapterId) =>
        new(ChapterNotFoundCode, $"Chapter {chapterId} is not part of this course.");

    public static DomainException LessonNotFound(Guid lessonId) =>
        new("COURSE_LESSON_NOT_FOUND", $"Lesson {lessonId} is not part of this course.");

    public static DomainException InvalidPosition(int position, int count) =>
        new(InvalidPositionCode, $"Position {position} is outside 0 to {count}.");

    public static DomainException TooManyTags() =>
        new("COURSE_TOO_MANY_TAGS", $"A course can carry at most {CatalogLimits.MaxTagsPerCourse} tags.");

    public static DomainException InvalidRating(int stars) =>
        new("COURSE_INVALID_RATING", $"A rating is 1 to 5 stars, not {stars}.");

    public static DomainException RatingNotCounted(int stars) =>
        new("COURSE_RATING_NOT_COUNTED", $"No counted rating of {stars} stars is left to take back.");

    public static DomainException InvalidLessonDuration(int seconds) =>
        new("LESSON_INVALID_DURATION", $"A lesson lasts 0 to {CatalogLimits.MaxLessonDurationSeconds} seconds, not {seconds}.");
}
