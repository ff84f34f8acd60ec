namespace KnowledgePay.Application.Catalog.Queries;

public sealed record CategoryDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;

    public int Position { get; init; }
}
