using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.HandlePaymentNotification;
using KnowledgePay.Application.Orders.Commands.SettlePayment;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetMyOrders;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>Exactly-once fulfilment from the provider's reports, on each database.</summary>
public abstract class SettlementTests(OrdersApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task APaymentFulfilsTheOrderWithOneLedgerEntryAndAccess()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();

        var result = await app.PayAsync(order);

        Assert.Equal(SettlementOutcome.Settled, result.Outcome);
        Assert.False(result.ProviderShouldRetry);
        Assert.Equal(OrderStatus.Paid, (await app.OrderAsync(order.Id)).Status);
        Assert.Equal(1, await app.ActiveEnrollmentsAsync());
        var ledger = await app.LedgerAsync();
        Assert.Equal(OrdersApp.PriceFen, ledger.PaidFen);
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public async Task ARepeatedNotificationIsAcknowledgedAndChangesNothing()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        var report = app.Gateway.Pay(order.OutTradeNo, app.Buyer.OpenId, order.AmountFen);
        await app.SendAsync<SettlementResult>(new HandlePaymentNotificationCommand(new TransactionNotification(report)));

        var repeated = await app.SendAsync<SettlementResult>(new HandlePaymentNotificationCommand(new TransactionNotification(report)));

        Assert.Equal(SettlementOutcome.AlreadySettled, repeated.Outcome);
        Assert.Equal(1, await app.LedgerEntriesAsync());
        Assert.Equal(1, await app.ActiveEnrollmentsAsync());
    }

    [Fact]
    public async Task TwentyConcurrentSettlementsGiveOnePaidTransitionOneEnrollmentAndOneLedgerEntry()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        var report = app.Gateway.Pay(order.OutTradeNo, app.Buyer.OpenId, order.AmountFen);

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => app.SendAsync<SettlementResult>(new SettlePaymentCommand(report)))));

        Assert.Single(results, r => r.Outcome == SettlementOutcome.Settled);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { SettlementOutcome.Settled, SettlementOutcome.AlreadySettled, SettlementOutcome.RetryLater }));
        Assert.Equal(1, await app.LedgerEntriesAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Enrollments.CountAsync()));
        Assert.True((await app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task TwoCopiesOfANotificationAtOnceSettleOnceAndTheOtherIsAcknowledgedAsAlreadySettled()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        var notification = new HandlePaymentNotificationCommand(
            new TransactionNotification(app.Gateway.Pay(order.OutTradeNo, app.Buyer.OpenId, order.AmountFen)));

        var results = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => app.SendAsync<SettlementResult>(notification))));

        Assert.Equal(
            [SettlementOutcome.Settled, SettlementOutcome.AlreadySettled],
            results.Select(r => r.Outcome).Order());
        Assert.Equal(OrderStatus.Paid, (await app.OrderAsync(order.Id)).Status);
        Assert.Equal(1, await app.LedgerEntriesAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Enrollments.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type.Contains(nameof(OrderPaidEvent)))));
        Assert.True((await app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task AnAmountMismatchIsFlaggedAndNotFulfilled()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();

        var result = await app.PayAsync(order, totalFen: 1);

        Assert.Equal(SettlementOutcome.Flagged, result.Outcome);
        var stored = await app.OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Pending, stored.Status);
        Assert.Equal(OrderReviewReason.AmountMismatch, stored.ReviewReason);
        Assert.Equal(0, await app.ActiveEnrollmentsAsync());
        Assert.Equal(0, await app.LedgerEntriesAsync());
    }

    [Fact]
    public async Task OnlyAdminsReadTheReviewFlagOfAFlaggedOrder()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        await app.PayAsync(order, totalFen: 1);

        var asBuyer = await app.SendAsync<OrderDto?>(new GetOrderQuery(order.Id));
        var inBuyersList = Assert.Single((await app.SendAsync<Page<OrderDto>>(new GetMyOrdersQuery(new QueryContext<OrderDto>()))).Edges).Node;
        app.SignInAsAdmin();
        var asAdmin = await app.SendAsync<OrderDto?>(new GetOrderQuery(order.Id));

        Assert.Equal((null, null), (asBuyer!.NeedsReview, asBuyer.ReviewReason));
        Assert.Equal((null, null), (inBuyersList.NeedsReview, inBuyersList.ReviewReason));
        Assert.Equal((true, OrderReviewReason.AmountMismatch), (asAdmin!.NeedsReview, asAdmin.ReviewReason));
    }

    [Fact]
    public async Task APaymentBySomeoneElseIsFlaggedAndNotFulfilled()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();

        var result = await app.PayAsync(order, payerOpenId: app.OtherBuyer.OpenId);

        Assert.Equal(SettlementOutcome.Flagged, result.Outcome);
        Assert.Equal(OrderReviewReason.PayerMismatch, (await app.OrderAsync(order.Id)).ReviewReason);
        Assert.Equal(0, await app.ActiveEnrollmentsAsync());
    }

    [Fact]
    public async Task AReportForAnOrderNumberWeNeverIssuedIsUnknown()
    {
        var report = new TransactionReport("KP_NOT_OURS_1", TransactionState.Succeeded, "4200000001", 100, "CNY", "o_x", null);

        var result = await app.SendAsync<SettlementResult>(new SettlePaymentCommand(report));

        Assert.Equal(SettlementOutcome.Unknown, result.Outcome);
        Assert.Equal(0, await app.LedgerEntriesAsync());
    }
}

public sealed class SettlementTestsOnSqlite() : SettlementTests(new OrdersApp(onPostgreSql: false));

public sealed class SettlementTestsOnPostgreSql() : SettlementTests(new OrdersApp(onPostgreSql: true));
