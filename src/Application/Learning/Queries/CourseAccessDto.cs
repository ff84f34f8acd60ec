namespace KnowledgePay.Application.Learning.Queries;

/// <summary>Where the caller stands in a course: enrolled or not, whether they may open it now, and how far they have got.</summary>
/// <param name="Enrolled">An active enrollment: the course is theirs (bought, through a bundle, gifted, redeemed or granted).</param>
/// <param name="CanOpen">They may open its paid lessons now: enrolled, or a member of a plan that covers it.</param>
/// <param name="ProgressPercent">Completed lessons out of the course's lessons, 0 to 100 (rounded down).</param>
/// <param name="LastStudiedAt">When the caller last reported progress in any of its lessons.</param>
public sealed record CourseAccessDto(Guid CourseId, bool Enrolled, bool CanOpen, int ProgressPercent, DateTimeOffset? LastStudiedAt);
