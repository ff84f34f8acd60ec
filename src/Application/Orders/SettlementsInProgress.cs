using System.Collections.Concurrent;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// The payment settlements running in this process, by order number. WeChat Pay sometimes delivers one notification
/// twice at once: the copy that finds its twin being settled here waits for it and is answered by the cheap "already
/// settled?" read, instead of holding a database connection while it queues on the order's row lock. Copies that reach
/// different nodes still meet at the conditional claim, which alone keeps the payment exactly-once.
/// </summary>
internal sealed class SettlementsInProgress
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _byOrder = new(StringComparer.Ordinal);

    /// <summary>Completes when the settlement of <paramref name="outTradeNo"/> running here ends; null when none runs.</summary>
    public Task? Of(string outTradeNo) => _byOrder.TryGetValue(outTradeNo, out var running) ? running.Task : null;

    /// <summary>Registers a settlement of <paramref name="outTradeNo"/> until disposed, unless one is registered already.</summary>
    public IDisposable Enter(string outTradeNo)
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _byOrder.TryAdd(outTradeNo, running) ? new Registration(this, outTradeNo, running) : Registration.None;
    }

    private sealed class Registration(SettlementsInProgress? owner, string outTradeNo, TaskCompletionSource? running) : IDisposable
    {
        public static readonly Registration None = new(null, string.Empty, null);

        public void Dispose()
        {
            if (owner is not null && running is not null)
            {
                owner._byOrder.TryRemove(KeyValuePair.Create(outTradeNo, running));
                running.TrySetResult();
            }
        }
    }
}
