using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// The product's own login throttle, started afresh before each test as a restarted process would be: the limits count
/// per minute and per process, and one host serves every test of a provider, all from the same test-server address.
/// </summary>
public sealed class ResettableLoginThrottle(Func<ILoginThrottle> create) : ILoginThrottle
{
    private ILoginThrottle _current = create();

    public void Reset() => (Interlocked.Exchange(ref _current, create()) as IDisposable)?.Dispose();

    public bool TryAcquireForOpenId(string openId) => _current.TryAcquireForOpenId(openId);

    public bool TryAcquireForAddress(string address) => _current.TryAcquireForAddress(address);
}
