using GraphQL.DataLoader;
using KnowledgePay.GraphQL.Conventions;
using Mediator;

namespace KnowledgePay.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that a level of the query asks for and fetches them with one call when the execution
/// strategy first awaits a result; later keys start a new batch. Values are cached for the request.
/// One instance lives per request (scoped); each fetch sends one Mediator query through the request's <see cref="QueryScope"/>.
/// </summary>
public abstract class BatchLoader<TKey, TValue>(
    QueryScope scope, Func<IReadOnlyCollection<TKey>, IQuery<IReadOnlyDictionary<TKey, TValue>>> query)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = [];
    private Batch _pending = new();

    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var known))
            {
                return new Result(known, null);
            }

            var batch = _pending;
            batch.Keys.Add(key);
            var value = batch.Completion.Task.ContinueWith(
                t => t.Result.TryGetValue(key, out var found) ? found : default,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            _loaded[key] = value;
            return new Result(value, cancellationToken => DispatchAsync(batch, cancellationToken));
        }
    }

    private async Task DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Dispatched)
            {
                return;
            }

            batch.Dispatched = true;
            if (ReferenceEquals(batch, _pending))
            {
                _pending = new Batch();
            }
        }

        try
        {
            batch.Completion.SetResult(await scope.SendAsync(query(batch.Keys), cancellationToken));
        }
        catch (Exception e)
        {
            batch.Completion.SetException(e);
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];

        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Dispatched { get; set; }
    }

    private sealed class Result(Task<TValue?> value, Func<CancellationToken, Task>? dispatch) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (dispatch is not null)
            {
                await dispatch(cancellationToken);
            }

            return await value.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
