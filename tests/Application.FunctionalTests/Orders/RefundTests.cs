using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.HandlePaymentNotification;
using KnowledgePay.Application.Orders.Commands.IssueRefund;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.Application.Orders.Commands.RequestRefund;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.FunctionalTests.Orders;

public sealed class RefundTests : IAsyncLifetime
{
    private readonly OrdersApp _app = new();
    private OrderDto _order = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.SignInAsBuyer();
        _order = await _app.CreateOrderAsync();
        await _app.PayAsync(_order);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AFullRefundRequestedByTheLearnerWithdrawsAccessAndBalancesTheLedger()
    {
        _app.SignInAsBuyer();

        var refund = await _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Not for me"));

        Assert.Equal(RefundStatus.Succeeded, refund.Status);
        Assert.Equal(OrdersApp.PriceFen, refund.AmountFen);
        Assert.Equal(OrderStatus.Refunded, (await _app.OrderAsync(_order.Id)).Status);
        Assert.Equal(0, await _app.ActiveEnrollmentsAsync());
        var ledger = await _app.LedgerAsync();
        Assert.Equal(0, ledger.NetFen);
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public async Task PartialRefundsByAnAdminKeepAccessUntilTheWholePaymentIsBack()
    {
        _app.SignInAsAdmin();

        await _app.SendAsync<RefundDto>(new IssueRefundCommand(_order.Id, 1000, "Goodwill"));
        var afterPartial = await _app.OrderAsync(_order.Id);
        var ledgerAfterPartial = await _app.LedgerAsync();
        var accessAfterPartial = await _app.ActiveEnrollmentsAsync();
        await _app.SendAsync<RefundDto>(new IssueRefundCommand(_order.Id, null, "The rest"));

        Assert.Equal(OrderStatus.PartiallyRefunded, afterPartial.Status);
        Assert.Equal(OrdersApp.PriceFen - 1000, ledgerAfterPartial.NetFen);
        Assert.True(ledgerAfterPartial.IsBalanced);
        Assert.Equal(1, accessAfterPartial);
        Assert.Equal(OrderStatus.Refunded, (await _app.OrderAsync(_order.Id)).Status);
        Assert.Equal(0, await _app.ActiveEnrollmentsAsync());
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task ARefundTheProviderHasNotFinishedIsSettledByItsNotificationOnce()
    {
        _app.Gateway.RefundOutcome = RefundState.Processing;
        _app.SignInAsBuyer();
        var refund = await _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Not for me"));
        var succeeded = _app.Gateway.FinishRefund(refund.OutRefundNo, RefundState.Succeeded);

        var first = await _app.SendAsync<SettlementResult>(new HandlePaymentNotificationCommand(new RefundNotification(succeeded)));
        var repeated = await _app.SendAsync<SettlementResult>(new HandlePaymentNotificationCommand(new RefundNotification(succeeded)));

        Assert.Equal(RefundStatus.Processing, refund.Status);
        Assert.Equal(SettlementOutcome.Settled, first.Outcome);
        Assert.Equal(SettlementOutcome.AlreadySettled, repeated.Outcome);
        Assert.Equal(2, await _app.LedgerEntriesAsync());
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task AnUnansweredRefundStaysProcessingResendsItsNumberAndIsFinishedByReconciliation()
    {
        _app.Gateway.FailAll = new PaymentFailure(PaymentFailureKind.OutcomeUnknown, "timeout", "no answer");
        _app.SignInAsBuyer();
        var first = await _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Not for me"));
        _app.Gateway.FailAll = null;
        _app.Gateway.RefundOutcome = RefundState.Processing;
        var retried = await _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Not for me"));
        _app.Gateway.FinishRefund(retried.OutRefundNo, RefundState.Succeeded);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));

        var sweep = await _app.SendAsync<SweepResult>(new ReconcilePendingOrdersCommand(10, TimeSpan.FromMinutes(1)));

        Assert.Equal(first.OutRefundNo, retried.OutRefundNo);
        Assert.Equal(1, sweep.RefundsSettled);
        Assert.Equal(OrderStatus.Refunded, (await _app.OrderAsync(_order.Id)).Status);
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task AClosedRefundFreesTheAmountForANewRefundNumber()
    {
        _app.Gateway.RefundOutcome = RefundState.Closed;
        _app.SignInAsAdmin();
        var failed = await _app.SendAsync<RefundDto>(new IssueRefundCommand(_order.Id, null, "Try"));
        _app.Gateway.RefundOutcome = RefundState.Succeeded;

        var retried = await _app.SendAsync<RefundDto>(new IssueRefundCommand(_order.Id, null, "Try again"));

        Assert.Equal(RefundStatus.Closed, failed.Status);
        Assert.NotEqual(failed.OutRefundNo, retried.OutRefundNo);
        Assert.Equal(RefundStatus.Succeeded, retried.Status);
        Assert.True((await _app.LedgerAsync()).IsBalanced);
    }

    [Fact]
    public async Task ALearnerCannotAskAfterTheRefundWindow()
    {
        _app.Clock.Advance(TimeSpan.FromDays(8));
        _app.SignInAsBuyer();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Too late")));

        Assert.Equal(OrderErrors.RefundWindowPassedCode, error.Code);
        Assert.Equal(0, _app.Gateway.RefundCalls);
    }

    [Fact]
    public async Task ALearnerCannotAskPastTheProgressLimit()
    {
        _app.Progress.Percent = 31;
        _app.SignInAsBuyer();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _app.SendAsync<RefundDto>(new RequestRefundCommand(_order.Id, "Watched a lot")));

        Assert.Equal(OrderErrors.RefundProgressTooHighCode, error.Code);
        Assert.Equal(OrderStatus.Paid, (await _app.OrderAsync(_order.Id)).Status);
    }

    [Fact]
    public async Task OnlyAdminsIssueRefunds()
    {
        _app.SignInAsBuyer();

        await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => _app.SendAsync<RefundDto>(new IssueRefundCommand(_order.Id, 100, "Myself")));
    }
}
