namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>What courses are ranked by, highest first; courses without the measure (no denominator) come last.</summary>
public enum CourseRanking
{
    Gmv,
    Views,
    Conversion,
    RefundRate,
    Rating,
    Completion,
}
