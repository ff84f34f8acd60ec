using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Profiles.Queries;

/// <summary>What a course is, for matching it to learners: its traits, price band, popularity and rating.</summary>
public sealed record CourseContentProfileDto
{
    public Guid CourseId { get; init; }

    public Guid CategoryId { get; init; }

    public Guid CreatorId { get; init; }

    public IReadOnlyList<Guid> TagIds { get; init; } = [];

    /// <summary>The distinct kinds of its lessons (article, audio, video, live).</summary>
    public IReadOnlyList<LessonKind> LessonKinds { get; init; } = [];

    public long PriceFen { get; init; }

    public PriceBand PriceBand { get; init; }

    /// <summary>Every learner's events on the course, weighted by kind and decayed by age.</summary>
    public double Popularity { get; init; }

    public double RatingAverage { get; init; }

    public int RatingCount { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }
}
