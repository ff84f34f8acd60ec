using KnowledgePay.Application.Favourites.Queries.GetFavoriteStatusByCourseIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Favourites;

/// <summary>Whether the caller keeps courses in their favourites.</summary>
public sealed class FavoriteStatusByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, bool>(scope, ids => new GetFavoriteStatusByCourseIdsQuery(ids));
