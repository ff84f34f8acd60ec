using Mediator;

namespace KnowledgePay.GraphQL.Conventions;

/// <summary>
/// The one DI scope (so one DbContext) that a request's query fields and batch loaders read through. Reads take
/// turns, since a DbContext serves one operation at a time, whichever execution strategy drives the resolvers.
/// </summary>
public sealed class QueryScope(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private AsyncServiceScope? _scope;

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
