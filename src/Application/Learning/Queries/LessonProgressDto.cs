namespace KnowledgePay.Application.Learning.Queries;

public sealed record LessonProgressDto
{
    public Guid Id { get; init; }

    public Guid LessonId { get; init; }

    public Guid CourseId { get; init; }

    public int Percent { get; init; }

    public int PositionSeconds { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
