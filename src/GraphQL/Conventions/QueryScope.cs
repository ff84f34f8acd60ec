using GraphQL;
using Mediator;

namespace KnowledgePay.GraphQL.Conventions;

/// <summary>
/// The one DI scope (so one DbContext) that a request's query fields and batch loaders read through. Reads take
/// turns, since a DbContext serves one operation at a time, whichever execution strategy drives the resolvers.
/// It also holds the request's helpers (batch loaders, the viewer's purchase options), each looked up in DI once
/// per request, and rides in the execution's user context (<see cref="QueryScopeInUserContext"/>), so a field
/// reaches them without a DI look-up of its own.
/// </summary>
public sealed class QueryScope(IServiceScopeFactory scopes, IServiceProvider requestServices) : IAsyncDisposable
{
    private const string UserContextKey = "KnowledgePay.QueryScope";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _helpersGate = new();
    private readonly Dictionary<Type, object> _helpers = [];
    private AsyncServiceScope? _scope;

    /// <summary>The request's scope: from the user context, or from DI for an execution that did not put it there.</summary>
    public static QueryScope Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var value) && value is QueryScope scope
            ? scope
            : context.RequestServices!.GetRequiredService<QueryScope>();

    public static void AddTo(ExecutionOptions options) =>
        options.UserContext[UserContextKey] = options.RequestServices!.GetRequiredService<QueryScope>();

    /// <summary>The request's instance of a scoped helper, so every field of one request shares it (and a loader its batches).</summary>
    public THelper Helper<THelper>()
        where THelper : notnull
    {
        lock (_helpersGate)
        {
            if (!_helpers.TryGetValue(typeof(THelper), out var helper))
            {
                helper = requestServices.GetRequiredService<THelper>();
                _helpers[typeof(THelper)] = helper;
            }

            return (THelper)helper;
        }
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            _scope ??= scopes.CreateAsyncScope();
            return await _scope.Value.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_scope is { } scope)
        {
            await scope.DisposeAsync();
        }

        _turn.Dispose();
    }
}
