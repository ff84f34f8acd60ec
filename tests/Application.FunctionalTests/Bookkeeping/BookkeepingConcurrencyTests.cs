using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.FunctionalTests.Bookkeeping;

/// <summary>What only a concurrent database can test: deliveries racing each other post a movement once.</summary>
public sealed class BookkeepingConcurrencyTests : IAsyncLifetime
{
    private readonly BooksApp _app = new(onPostgreSql: true, maxPoolSize: 20);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ConcurrentDeliveriesOfOneMovementPostItOnce()
    {
        var topUp = _app.Moved(WalletMovementKind.TopUp, 10000, 500);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                await _app.RaiseAsync(topUp);
                return "OK";
            }
            catch (ConflictException)
            {
                return "CONFLICT";
            }
        }));

        Assert.Contains("OK", outcomes);
        Assert.Equal(4, (await _app.PostingsAsync()).Count);
        Assert.True((await _app.BooksAsync()).IsBalanced);
    }
}
