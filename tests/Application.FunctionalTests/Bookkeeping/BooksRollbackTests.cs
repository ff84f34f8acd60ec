using KnowledgePay.Application.FunctionalTests.Events;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Bookkeeping;

/// <summary>The books commit with the money movement or not at all.</summary>
public abstract class BooksRollbackTests(EventsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task APaymentWhoseTransactionFailsPostsNothing()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        app.FailOnPublish.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.PayAsync(order));
        var postingsAfterFailure = await app.WithDbAsync(db => db.JournalPostings.CountAsync());
        app.FailOnPublish.Armed = false;
        await app.PayAsync(order);

        Assert.Equal(0, postingsAfterFailure);
        Assert.Equal(OrderStatus.Paid, (await app.OrderAsync(order.Id)).Status);
        Assert.Equal(2, await app.WithDbAsync(db => db.JournalPostings.CountAsync(p => p.OrderId == order.Id)));
    }
}

public sealed class BooksRollbackTestsOnSqlite() : BooksRollbackTests(new EventsApp(onPostgreSql: false));

public sealed class BooksRollbackTestsOnPostgreSql() : BooksRollbackTests(new EventsApp(onPostgreSql: true));
