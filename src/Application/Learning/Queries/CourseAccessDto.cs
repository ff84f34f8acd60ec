namespace KnowledgePay.Application.Learning.Queries;

/// <summary>Where the caller stands in a course: enrolled or not, and how far they have got.</summary>
/// <param name="ProgressPercent">Completed lessons out of the course's lessons, 0 to 100 (rounded down).</param>
/// <param name="LastStudiedAt">When the caller last reported progress in any of its lessons.</param>
public sealed record CourseAccessDto(Guid CourseId, bool Enrolled, int ProgressPercent, DateTimeOffset? LastStudiedAt);
