namespace KnowledgePay.Application.Catalog.Queries;

public sealed record CreatorDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Headline { get; init; }

    public string? Bio { get; init; }

    public string? AvatarUrl { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
