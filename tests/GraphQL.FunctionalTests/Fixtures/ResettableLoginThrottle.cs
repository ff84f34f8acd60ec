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

    public ValueTask<bool> TryAcquireForOpenIdAsync(string openId, CancellationToken cancellationToken) =>
        _current.TryAcquireForOpenIdAsync(openId, cancellationToken);

    public ValueTask<bool> TryAcquireForAddressAsync(string address, CancellationToken cancellationToken) =>
        _current.TryAcquireForAddressAsync(address, cancellationToken);
}
