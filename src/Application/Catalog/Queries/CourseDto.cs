using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Queries;

/// <summary>A course as the catalogue shows it; lesson bodies and media stay out of it.</summary>
public sealed record CourseDto
{
    public Guid Id { get; init; }

    public Guid CreatorId { get; init; }

    public Guid CategoryId { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Summary { get; init; } = string.Empty;

    public string? CoverUrl { get; init; }

    public long PriceFen { get; init; }

    public string Currency { get; init; } = string.Empty;

    public CourseStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public double RatingAverage { get; init; }

    public int RatingCount { get; init; }

    public int StudentCount { get; init; }

    public int LessonCount { get; init; }

    public int TotalDurationSeconds { get; init; }
}
