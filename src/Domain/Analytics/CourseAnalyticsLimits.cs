namespace KnowledgePay.Domain.Analytics;

public static class CourseAnalyticsLimits
{
    /// <summary>The longest course ranking one request may ask for, as long as a page of any list.</summary>
    public const int MaxTopCourses = 50;
}
