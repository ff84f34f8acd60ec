using GraphQL;
using GraphQL.DI;

namespace KnowledgePay.GraphQL.Conventions;

/// <summary>Puts the request's <see cref="QueryScope"/> in the execution's user context before anything resolves.</summary>
internal sealed class QueryScopeInUserContext : IConfigureExecution
{
    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.RequestServices is not null)
        {
            QueryScope.AddTo(options);
        }

        return next(options);
    }
}
