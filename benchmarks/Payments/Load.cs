using System.Diagnostics;

namespace KnowledgePay.Payments;

/// <summary>Sends every item once through <c>connections</c> workers that each keep one request in flight.</summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync<T>(IReadOnlyList<T> items, int connections, Func<T, Task<bool>> send)
    {
        var latencies = new double[items.Count];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                var succeeded = await send(items[i]);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!succeeded)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        return new LoadResult(items.Count, clock.Elapsed, failures, latencies);
    }
}
