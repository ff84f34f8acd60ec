using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Application.Segments.Queries;

public sealed record SegmentDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public SegmentRule Rule { get; init; } = null!;

    public int MemberCount { get; init; }

    public DateTimeOffset? RefreshedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
