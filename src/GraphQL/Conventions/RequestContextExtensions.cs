using GraphQL;
using Mediator;

namespace KnowledgePay.GraphQL.Conventions;

public static class RequestContextExtensions
{
    /// <summary>Sends a query through the request's <see cref="QueryScope"/>: one DbContext for all of a request's reads.</summary>
    public static Task<TResponse> SendQueryAsync<TResponse>(this IResolveFieldContext context, IQuery<TResponse> query) =>
        QueryScope.Of(context).SendAsync(query, context.CancellationToken);

    /// <summary>The request's instance of a batch loader, so every field of one request shares its batches.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : notnull =>
        QueryScope.Of(context).Helper<TLoader>();
}
