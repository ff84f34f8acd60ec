using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Segments.Queries;

/// <summary>A user in a segment's materialised membership, with the profile details an operator recognises them by.</summary>
public sealed record SegmentMemberDto
{
    public Guid Id { get; init; }

    public string? Nickname { get; init; }

    public string? City { get; init; }

    public AgeBand AgeBand { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
