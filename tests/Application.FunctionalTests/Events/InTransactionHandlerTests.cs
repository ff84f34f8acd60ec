using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>Reactions that commit with the change: access and the behaviour log follow the payment, or nothing does.</summary>
public abstract class InTransactionHandlerTests(EventsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ThePaymentCommitsWithTheAccessAndThePurchaseItCaused()
    {
        await GiveBuyerConsentAsync();
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();

        await app.PayAsync(order);

        Assert.Equal(OrderStatus.Paid, (await app.OrderAsync(order.Id)).Status);
        var enrollment = await app.WithDbAsync(db => db.Enrollments.SingleAsync(e => e.UserId == app.Buyer.Id));
        Assert.Equal(order.Id, enrollment.OrderId);
        var purchase = await app.WithDbAsync(db => db.BehaviourEvents.SingleAsync(e => e.Kind == BehaviourEventKind.Purchase));
        Assert.Equal($"purchase:{enrollment.Id:N}", purchase.EventId);
    }

    [Fact]
    public async Task AFailingInTransactionHandlerRollsThePaymentBack()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        app.FailOnPublish.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.PayAsync(order));

        Assert.Equal(OrderStatus.Pending, (await app.OrderAsync(order.Id)).Status);
        Assert.Equal(0, await app.ActiveEnrollmentsAsync());
        Assert.Equal(0, await app.LedgerEntriesAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == order.Id && e.Action == "OrderPaid")));
    }

    [Fact]
    public async Task APaymentForACourseTheBuyerAlreadyHasIsFlaggedWithoutASecondEnrollmentOrPurchase()
    {
        await GiveBuyerConsentAsync();
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        await app.WithDbAsync(db =>
        {
            db.Enrollments.Add(Enrollment.ByAdmin(app.Buyer.Id, app.Course.Id, app.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });

        var settlement = await app.PayAsync(order);

        var paid = await app.OrderAsync(order.Id);
        Assert.Equal(SettlementOutcome.Flagged, settlement.Outcome);
        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.Equal(OrderReviewReason.AlreadyOwned, paid.ReviewReason);
        Assert.Equal(1, await app.ActiveEnrollmentsAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.BehaviourEvents.CountAsync()));
    }

    private Task GiveBuyerConsentAsync() =>
        app.WithDbAsync(async db =>
        {
            var buyer = await db.Users.SingleAsync(u => u.Id == app.Buyer.Id);
            buyer.SetPersonalisationConsent(true, "test", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
}

public sealed class InTransactionHandlerTestsOnSqlite() : InTransactionHandlerTests(new EventsApp(onPostgreSql: false));

public sealed class InTransactionHandlerTestsOnPostgreSql() : InTransactionHandlerTests(new EventsApp(onPostgreSql: true));
