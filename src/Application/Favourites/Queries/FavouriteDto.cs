namespace KnowledgePay.Application.Favourites.Queries;

/// <summary>A course the caller keeps in their favourites, and since when.</summary>
public sealed record FavouriteDto
{
    public Guid Id { get; init; }

    public Guid CourseId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
