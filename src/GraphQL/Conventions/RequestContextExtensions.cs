using GraphQL;
using Mediator;

namespace KnowledgePay.GraphQL.Conventions;

public static class RequestContextExtensions
{
    /// <summary>
    /// Sends a query in its own DI scope, so no two resolvers ever share a DbContext, whichever execution
    /// strategy runs them (queries resolve serially today; a parallel strategy resolves sibling fields at once).
    /// </summary>
    public static async Task<TResponse> SendQueryAsync<TResponse>(this IResolveFieldContext context, IQuery<TResponse> query)
    {
        await using var scope = context.RequestServices!.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, context.CancellationToken);
    }

    /// <summary>The request's instance of a batch loader, so every field of one request shares its batches.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : notnull =>
        context.RequestServices!.GetRequiredService<TLoader>();
}
