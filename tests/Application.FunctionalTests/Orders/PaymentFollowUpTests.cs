using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.CancelOrder;
using KnowledgePay.Application.Orders.Commands.Checkout;
using KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.Application.Orders.Commands.SyncOrderPayment;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>Checkout, polling, cancelling and the background work that asks the provider about pending orders.</summary>
public sealed class PaymentFollowUpTests : IAsyncLifetime
{
    private static readonly PaymentFailure Timeout = new(PaymentFailureKind.OutcomeUnknown, "timeout", "no answer");

    private readonly OrdersApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CheckoutStartsThePaymentWithTheCourseTitleBuyerAndExpiry()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();

        var result = await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));

        Assert.IsType<JsapiPaymentParameters>(result.Payment);
        var request = Assert.Single(_app.Gateway.Started);
        Assert.Equal(new PaymentRequest(order.Id, order.UserId, order.OutTradeNo, "Deep Learning", OrdersApp.PriceFen, _app.Buyer.OpenId, order.ExpiresAt), request);
    }

    [Fact]
    public async Task CheckoutOfAPaidOrderFailsWithAlreadyPaid()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.PayAsync(order);

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id)));

        Assert.Equal(OrderErrors.AlreadyPaidCode, error.Code);
    }

    [Fact]
    public async Task CheckoutOfAnExpiredOrderClosesItAndFailsWithExpired()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id)));

        Assert.Equal(OrderErrors.ExpiredCode, error.Code);
        Assert.Equal(OrderCloseReason.Expired, (await _app.OrderAsync(order.Id)).CloseReason);
    }

    [Fact]
    public async Task CheckoutWhenTheProviderTimesOutFailsWithARetryableError()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        _app.Gateway.FailAll = Timeout;

        var error = await Assert.ThrowsAsync<ProviderException>(() => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id)));

        Assert.Equal(ProviderException.PaymentProviderUnavailableCode, error.Code);
        Assert.Equal(OrderStatus.Pending, (await _app.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task CheckoutOfSomeoneElsesOrderIsForbidden()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        _app.SignInAsOtherBuyer();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id)));
    }

    [Fact]
    public async Task PollingSettlesAPaymentWhoseNotificationHasNotArrivedAndIsRateLimited()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));
        var first = await _app.SendAsync<OrderDto>(new SyncOrderPaymentCommand(order.Id));
        _app.Gateway.Pay(order.OutTradeNo, _app.Buyer.OpenId, order.AmountFen);

        var tooSoon = await _app.SendAsync<OrderDto>(new SyncOrderPaymentCommand(order.Id));
        _app.Clock.Advance(TimeSpan.FromSeconds(6));
        var later = await _app.SendAsync<OrderDto>(new SyncOrderPaymentCommand(order.Id));

        Assert.Equal(OrderStatus.Pending, first.Status);
        Assert.Equal(OrderStatus.Pending, tooSoon.Status);
        Assert.Equal(OrderStatus.Paid, later.Status);
        Assert.Equal(1, await _app.ActiveEnrollmentsAsync());
    }

    [Fact]
    public async Task ReconciliationSettlesAPendingOrderWhoseNotificationNeverCame()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));
        _app.Gateway.Pay(order.OutTradeNo, _app.Buyer.OpenId, order.AmountFen);
        _app.Clock.Advance(TimeSpan.FromMinutes(2));

        var result = await _app.SendAsync<SweepResult>(new ReconcilePendingOrdersCommand(50, TimeSpan.FromMinutes(1)));

        Assert.Equal(1, result.Paid);
        Assert.Equal(OrderStatus.Paid, (await _app.OrderAsync(order.Id)).Status);
        Assert.Equal(1, await _app.ActiveEnrollmentsAsync());
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task ExpiredOrdersAreClosedOnceEvenWithSeveralSweepersAtOnce()
    {
        _app.SignInAsBuyer();
        var checkedOut = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(checkedOut.Id));
        _app.SignInAsOtherBuyer();
        var neverCheckedOut = await _app.CreateOrderAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        var sweeps = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => _app.SendAsync<SweepResult>(new CloseExpiredOrdersCommand(10)))));

        Assert.Equal(2, sweeps.Sum(s => s.Closed + s.Unchanged));
        Assert.Equal(OrderStatus.Closed, (await _app.OrderAsync(checkedOut.Id)).Status);
        Assert.Equal(OrderStatus.Closed, (await _app.OrderAsync(neverCheckedOut.Id)).Status);
        Assert.Equal(OrderCloseReason.Expired, (await _app.OrderAsync(checkedOut.Id)).CloseReason);
    }

    [Fact]
    public async Task AnExpiredOrderTheProviderCannotCloseStaysPendingForTheNextRound()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        _app.Gateway.FailAll = Timeout;

        var result = await _app.SendAsync<SweepResult>(new CloseExpiredOrdersCommand(10));

        Assert.Equal(new SweepResult(Unchanged: 1), result);
        Assert.Equal(OrderStatus.Pending, (await _app.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task CancellingClosesAtTheProviderThenHere()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));

        var cancelled = await _app.SendAsync<OrderDto>(new CancelOrderCommand(order.Id));

        Assert.Equal(OrderStatus.Closed, cancelled.Status);
        Assert.Equal(OrderCloseReason.Cancelled, cancelled.CloseReason);
        Assert.Equal(TransactionState.Closed, (await _app.Gateway.QueryPaymentAsync(order.OutTradeNo, default)).Value!.State);
    }

    [Fact]
    public async Task CancellingAfterThePaymentWonTheRaceSettlesInsteadOfClosing()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));
        _app.Gateway.Pay(order.OutTradeNo, _app.Buyer.OpenId, order.AmountFen);

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsync<OrderDto>(new CancelOrderCommand(order.Id)));

        Assert.Equal(OrderErrors.AlreadyPaidCode, error.Code);
        Assert.Equal(OrderStatus.Paid, (await _app.OrderAsync(order.Id)).Status);
        Assert.Equal(1, await _app.ActiveEnrollmentsAsync());
    }

    [Fact]
    public async Task APaymentArrivingAfterTheOrderClosedIsBookedAndFlaggedWithoutAccess()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<OrderDto>(new CancelOrderCommand(order.Id));

        var result = await _app.PayAsync(order);

        Assert.Equal(SettlementOutcome.Flagged, result.Outcome);
        var stored = await _app.OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Closed, stored.Status);
        Assert.Equal(OrderReviewReason.PaidAfterClose, stored.ReviewReason);
        Assert.Equal(OrdersApp.PriceFen, stored.PaidFen);
        Assert.Equal(0, await _app.ActiveEnrollmentsAsync());
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }
}
