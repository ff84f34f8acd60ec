using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Analytics;

/// <summary>Why a course metric was refused.</summary>
public static class CourseAnalyticsErrors
{
    public const string UnknownCourseCode = "UNKNOWN_COURSE";
    public const string InvalidTopCoursesCountCode = "INVALID_TOP_COURSES_COUNT";

    public static DomainException UnknownCourse(Guid courseId) =>
        new(UnknownCourseCode, $"There is no course {courseId} in the catalogue (drafts have no statistics).");

    public static DomainException InvalidTopCoursesCount(int first) =>
        new(InvalidTopCoursesCountCode, $"Ask for 1 to {CourseAnalyticsLimits.MaxTopCourses} courses, not {first}.");
}
