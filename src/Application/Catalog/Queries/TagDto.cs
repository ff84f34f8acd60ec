namespace KnowledgePay.Application.Catalog.Queries;

public sealed record TagDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;
}
