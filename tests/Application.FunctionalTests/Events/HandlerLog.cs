using System.Collections.Concurrent;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>What <see cref="RecordCreatorWhenCreatorJoined"/> did: every creator it handled, repeats included; failures to stage.</summary>
internal sealed class HandlerLog
{
    private int _failuresLeft;

    public ConcurrentQueue<Guid> Creators { get; } = new();

    public void FailNext(int times) => _failuresLeft = times;

    public bool ShouldFail() => Interlocked.Decrement(ref _failuresLeft) >= 0;
}
