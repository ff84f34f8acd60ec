using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Application.Gifts.Commands.ClaimGift;
using KnowledgePay.Application.Gifts.Queries;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.FunctionalTests.Gifts;

/// <summary>
/// Gifts follow the order events of their lines: a paid gift line becomes a claimable gift, a fully refunded one an
/// unclaimable gift. The events are raised here as the multi-line orders raise them.
/// </summary>
public abstract class GiftLifecycleTests(OrdersApp app) : IAsyncLifetime
{
    private OrderDto _order = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        app.SignInAsBuyer();
        _order = await app.CreateOrderAsync();
        await app.PayAsync(_order);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task APaidGiftLineBecomesAnUnclaimedGiftWithAnUnguessableCode()
    {
        var giftLine = Line(isGift: true);

        await RaiseAsync(new OrderPaidEvent(_order.Id, app.Buyer.Id, 2 * OrdersApp.PriceFen, [Line(isGift: false), giftLine], null, PaymentChannel.WeChatPayJsapi));

        var gift = await app.WithDbAsync(db => db.Gifts.SingleAsync());
        Assert.Equal((app.Buyer.Id, OfferKind.Course, app.Course.Id, _order.Id, giftLine.LineId), (gift.BuyerId, gift.Kind, gift.OfferId, gift.OrderId, gift.OrderLineId));
        Assert.Equal(GiftStatus.Unclaimed, gift.Status);
        Assert.Equal(GiftLimits.ClaimCodeLength, gift.ClaimCode.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", gift.ClaimCode);
    }

    [Fact]
    public async Task ClaimingGrantsTheOfferToTheRecipientThroughOfferGranted()
    {
        var gift = await PaidGiftAsync();
        app.SignInAsOtherBuyer();

        var claimed = await app.SendAsync<GiftPreviewDto>(new ClaimGiftCommand(gift.ClaimCode));

        Assert.Equal(GiftStatus.Claimed, claimed.Status);
        var stored = await app.WithDbAsync(db => db.Gifts.SingleAsync());
        Assert.Equal(app.OtherBuyer.Id, stored.ClaimedBy);
        var granted = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "OfferGranted"));
        Assert.Equal(gift.Id, granted.EntityId);
    }

    [Fact]
    public async Task AFullyRefundedGiftLineRefundsTheUnclaimedGiftWhichCanThenNotBeClaimed()
    {
        var gift = await PaidGiftAsync();

        await RefundLineAsync(Refunded(gift, isFullyRefunded: true));
        app.SignInAsOtherBuyer();
        var claim = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<GiftPreviewDto>(new ClaimGiftCommand(gift.ClaimCode)));

        Assert.Equal(GiftErrors.RefundedCode, claim.Code);
        Assert.Equal(GiftStatus.Refunded, (await app.WithDbAsync(db => db.Gifts.SingleAsync())).Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "OfferGranted")));
    }

    [Fact]
    public async Task APartialRefundOfAGiftLineLeavesTheGiftClaimable()
    {
        var gift = await PaidGiftAsync();

        await RefundLineAsync(Refunded(gift, isFullyRefunded: false));

        Assert.Equal(GiftStatus.Unclaimed, (await app.WithDbAsync(db => db.Gifts.SingleAsync())).Status);
    }

    [Fact]
    public async Task AClaimedGiftStaysWithItsRecipientWhenAnAdminRefundsItsLine()
    {
        var gift = await PaidGiftAsync();
        app.SignInAsOtherBuyer();
        await app.SendAsync<GiftPreviewDto>(new ClaimGiftCommand(gift.ClaimCode));

        await RefundLineAsync(Refunded(gift, isFullyRefunded: true));

        Assert.Equal(GiftStatus.Claimed, (await app.WithDbAsync(db => db.Gifts.SingleAsync())).Status);
    }

    [Fact]
    public async Task TheSamePaymentSettledTwiceMakesOneGift()
    {
        var line = Line(isGift: true);

        await RaiseAsync(new OrderPaidEvent(_order.Id, app.Buyer.Id, OrdersApp.PriceFen, [line], null, PaymentChannel.WeChatPayJsapi));
        await RaiseAsync(new OrderPaidEvent(_order.Id, app.Buyer.Id, OrdersApp.PriceFen, [line], null, PaymentChannel.WeChatPayJsapi));

        Assert.Equal(1, await app.WithDbAsync(db => db.Gifts.CountAsync()));
    }

    private OrderLineSold Line(bool isGift) =>
        new(Guid.CreateVersion7(), OfferKind.Course, app.Course.Id, OrdersApp.PriceFen, null, isGift);

    private async Task<Gift> PaidGiftAsync()
    {
        await RaiseAsync(new OrderPaidEvent(_order.Id, app.Buyer.Id, OrdersApp.PriceFen, [Line(isGift: true)], null, PaymentChannel.WeChatPayJsapi));
        return await app.WithDbAsync(db => db.Gifts.AsNoTracking().SingleAsync());
    }

    private OrderRefundedEvent Refunded(Gift gift, bool isFullyRefunded) =>
        new(_order.Id, app.Buyer.Id, Guid.CreateVersion7(), OrdersApp.PriceFen, isFullyRefunded,
            [new LineRefunded(gift.OrderLineId, gift.Kind, gift.OfferId, OrdersApp.PriceFen, isFullyRefunded, IsGift: true)], null, PaymentChannel.WeChatPayJsapi);

    /// <summary>
    /// Hands a gift line's refund to the gift reaction alone and saves: the other reactions to a refund read the
    /// order's refund, which this line-level event stands in for.
    /// </summary>
    private async Task RefundLineAsync(OrderRefundedEvent refunded)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<INotificationHandler<OrderRefundedEvent>>()
            .Single(h => h.GetType().Name == "RefundGiftsWhenOrderRefunded");
        await handler.Handle(refunded, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    /// <summary>Publishes the event to its in-transaction handlers and saves what they changed, as the save that raised it would.</summary>
    private async Task RaiseAsync(IDomainEvent orderEvent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(orderEvent, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }
}

public sealed class GiftLifecycleTestsOnSqlite() : GiftLifecycleTests(new OrdersApp(onPostgreSql: false));

public sealed class GiftLifecycleTestsOnPostgreSql() : GiftLifecycleTests(new OrdersApp(onPostgreSql: true));
