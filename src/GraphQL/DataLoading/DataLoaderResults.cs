using GraphQL.DataLoader;

namespace KnowledgePay.GraphQL.DataLoading;

public static class DataLoaderResults
{
    /// <summary>Shapes a loaded value (e.g. "no tags" into an empty list) without forcing the batch to run early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    /// <summary>
    /// One result holding several pending loads in order; every key is queued before the first is awaited,
    /// so each loader still fetches its keys in one batch.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<object?>> WhenAll(IReadOnlyList<IDataLoaderResult> results) =>
        new Combined(results);

    /// <summary>A single fetch that starts only when the execution strategy awaits it, e.g. a node without a batch loader.</summary>
    public static IDataLoaderResult<T> Deferred<T>(Func<Task<T>> fetch) => new Fetched<T>(fetch);

    private sealed class Fetched<T>(Func<Task<T>> fetch) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => fetch();

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Combined(IReadOnlyList<IDataLoaderResult> results) : IDataLoaderResult<IReadOnlyList<object?>>
    {
        public async Task<IReadOnlyList<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
