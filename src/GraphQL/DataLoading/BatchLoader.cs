using GraphQL.DataLoader;
using KnowledgePay.GraphQL.Conventions;
using Mediator;

namespace KnowledgePay.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that a level of the query asks for and fetches them with one call when the execution
/// strategy first awaits a result; later keys start a new batch. Values are cached for the request.
/// One instance lives per request (scoped, held by the request's <see cref="QueryScope"/>); each fetch sends one
/// Mediator query through that scope. A key's value is read from its batch's answer when it is awaited, so a
/// finished batch wakes no per-key continuations on the thread pool.
/// </summary>
public abstract class BatchLoader<TKey, TValue>(
    QueryScope scope, Func<IReadOnlyCollection<TKey>, IQuery<IReadOnlyDictionary<TKey, TValue>>> query)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private Batch _pending = new();

    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _pending;
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }

            return new Result(this, batch, key);
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

        // Asynchronous continuations: whoever awaits a batch that another result dispatched must not run inside SetResult.
        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Dispatched { get; set; }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!batch.Completion.Task.IsCompleted)
            {
                await loader.DispatchAsync(batch, cancellationToken);
            }

            var values = await batch.Completion.Task.WaitAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
