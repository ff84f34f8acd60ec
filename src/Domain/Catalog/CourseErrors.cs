using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public static class CourseErrors
{
    public static DomainException InvalidTitle() =>
        new("COURSE_INVALID_TITLE", $"A title needs 1 to {CatalogLimits.TitleLength} characters.");

    public static DomainException InvalidSummary() =>
        new("COURSE_INVALID_SUMMARY", $"A summary needs 1 to {CatalogLimits.SummaryLength} characters.");

    public static DomainException NotEditable(Guid courseId) =>
        new("COURSE_NOT_EDITABLE", $"Course {courseId} is archived and can no longer be changed.");

    public static DomainException CannotPublishWithoutLessons(Guid courseId) =>
        new("COURSE_HAS_NO_LESSONS", $"Course {courseId} needs at least one lesson before it can be published.");

    public static DomainException InvalidTransition(Guid courseId, CourseStatus from, CourseStatus to) =>
        new("COURSE_INVALID_STATUS_TRANSITION", $"Course {courseId} cannot move from {from} to {to}.");

    public static DomainException ChapterNotFound(Guid chapterId) =>
        new("COURSE_CHAPTER_NOT_FOUND", $"Chapter {chapterId} is not part of this course.");

    public static DomainException TooManyTags() =>
        new("COURSE_TOO_MANY_TAGS", $"A course can carry at most {CatalogLimits.MaxTagsPerCourse} tags.");

    public static DomainException InvalidRating(int stars) =>
        new("COURSE_INVALID_RATING", $"A rating is 1 to 5 stars, not {stars}.");

    public static DomainException InvalidLessonDuration(int seconds) =>
        new("LESSON_INVALID_DURATION", $"A lesson lasts 0 to {CatalogLimits.MaxLessonDurationSeconds} seconds, not {seconds}.");
}
