using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Queries.GetMe;

public sealed record ProfileDto
{
    public string? Nickname { get; init; }

    public string? AvatarUrl { get; init; }

    public Gender Gender { get; init; }

    public AgeBand AgeBand { get; init; }

    public string? Occupation { get; init; }

    public string? City { get; init; }
}
