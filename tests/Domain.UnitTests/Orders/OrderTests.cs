using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.UnitTests.Orders;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private static readonly Guid UserId = Guid.CreateVersion7();
    private static readonly Guid CourseId = Guid.CreateVersion7();

    [Fact]
    public void PlacingMakesAPendingOrderWithAValidOutTradeNo()
    {
        var order = Placed();

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(4900, order.Total.AmountFen);
        Assert.Equal(Now + Window, order.ExpiresAt);
        Assert.Matches("^[0-9A-Za-z_|*-]{6,32}$", order.OutTradeNo);
        Assert.NotEqual(order.OutTradeNo, Placed().OutTradeNo);
        var placed = Assert.IsType<OrderPlacedEvent>(Assert.Single(order.DomainEvents()));
        Assert.Equal((order.Id, UserId, 4900L), (placed.OrderId, placed.UserId, placed.AmountFen));
        Assert.Equal(CourseId, Assert.Single(placed.Lines).OfferId);
    }

    [Fact]
    public void PlacingAnOrderWithNothingToPayFails()
    {
        var error = Assert.Throws<DomainException>(() => Order.Place(
            UserId, Quote(0), "client-key-1", PaymentChannel.WeChatPayJsapi, Now, Window));

        Assert.Equal(OrderErrors.NothingToPayCode, error.Code);
    }

    [Fact]
    public void MarkingPaidRecordsTheTransactionAndWhatWasPaid()
    {
        var order = Placed();

        order.MarkPaid("4200000001", Now.AddMinutes(1));

        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("4200000001", order.TransactionId);
        Assert.Equal(4900, order.PaidFen);
        Assert.Equal(4900, order.RefundableFen);
    }

    [Fact]
    public void APaymentTimeReportedToTheWholeSecondNeverPrecedesTheOrder()
    {
        var placedAt = Now.AddMilliseconds(400);
        var order = Order.Place(UserId, Quote(4900), "client-key-1", PaymentChannel.WeChatPayJsapi, placedAt, Window);
        var later = Order.Place(UserId, Quote(4900), "client-key-2", PaymentChannel.WeChatPayJsapi, placedAt, Window);

        order.MarkPaid("4200000001", Now);
        later.MarkPaid("4200000002", Now.AddSeconds(1));

        Assert.Equal(placedAt, order.PaidAt);
        Assert.Equal(Now.AddSeconds(1), later.PaidAt);
    }

    [Theory]
    [InlineData(OrderStatus.Paid, OrderErrors.AlreadyPaidCode)]
    [InlineData(OrderStatus.PartiallyRefunded, OrderErrors.AlreadyPaidCode)]
    [InlineData(OrderStatus.Refunded, OrderErrors.AlreadyPaidCode)]
    [InlineData(OrderStatus.Closed, OrderErrors.ClosedCode)]
    public void EveryPendingOnlyMoveIsRefusedElsewhere(OrderStatus status, string code)
    {
        Action<Order>[] moves =
        [
            o => o.MarkPaid("4200000009", Now),
            o => o.Cancel(Now),
            o => o.Expire(Now.AddHours(1)),
        ];

        foreach (var move in moves)
        {
            var order = InStatus(status);
            Assert.Equal(code, Assert.Throws<DomainException>(() => move(order)).Code);
            Assert.Equal(status, order.Status);
        }
    }

    [Fact]
    public void ExpiringBeforeTheExpiryIsRefused()
    {
        var order = Placed();

        var error = Assert.Throws<DomainException>(() => order.Expire(Now.AddMinutes(29)));

        Assert.Equal(OrderErrors.NotPendingCode, error.Code);
        Assert.Equal(OrderStatus.Pending, order.Status);
    }

    [Theory]
    [InlineData(OrderCloseReason.Expired)]
    [InlineData(OrderCloseReason.Cancelled)]
    public void ClosingRecordsTheReason(OrderCloseReason reason)
    {
        var order = Placed();

        if (reason == OrderCloseReason.Expired)
        {
            order.Expire(Now + Window);
        }
        else
        {
            order.Cancel(Now);
        }

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(reason, order.CloseReason);
    }

    [Fact]
    public void APaymentAfterCloseIsBookedAndFlaggedButTheOrderStaysClosed()
    {
        var order = InStatus(OrderStatus.Closed);

        order.RecordPaymentAfterClose("4200000002", Now);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(4900, order.PaidFen);
        Assert.True(order.NeedsReview);
        Assert.Equal(OrderReviewReason.PaidAfterClose, order.ReviewReason);
        Assert.Throws<DomainException>(() => order.RecordPaymentAfterClose("4200000003", Now));
    }

    [Fact]
    public void RefundingAnUnpaidOrderIsRefused()
    {
        var order = Placed();

        var error = Assert.Throws<DomainException>(() => order.RequestRefund(100, "changed my mind", UserId, Now));

        Assert.Equal(OrderErrors.NotRefundableCode, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4901)]
    public void RefundingMoreThanWasPaidOrNothingIsRefused(long amountFen)
    {
        var order = InStatus(OrderStatus.Paid);

        var error = Assert.Throws<DomainException>(() => order.RequestRefund(amountFen, "reason", UserId, Now));

        Assert.Equal(OrderErrors.RefundAmountInvalidCode, error.Code);
    }

    [Fact]
    public void OnlyOneRefundProcessesAtATime()
    {
        var order = InStatus(OrderStatus.Paid);
        order.RequestRefund(1000, "part", UserId, Now);

        var error = Assert.Throws<DomainException>(() => order.RequestRefund(1000, "more", UserId, Now));

        Assert.Equal(OrderErrors.RefundInProgressCode, error.Code);
    }

    [Fact]
    public void PartialThenFullRefundsMoveThroughPartiallyRefundedToRefunded()
    {
        var order = InStatus(OrderStatus.Paid);
        var first = order.RequestRefund(1000, "part", UserId, Now);

        order.CompleteRefund(first.OutRefundNo, "50300001", Now);
        Assert.Equal(OrderStatus.PartiallyRefunded, order.Status);
        Assert.Equal(3900, order.RefundableFen);
        var second = order.RequestRefund(3900, "rest", UserId, Now);
        order.CompleteRefund(second.OutRefundNo, "50300002", Now);

        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(4900, order.RefundedFen);
        Assert.True(order.IsFullyRefunded);
        Assert.Equal(OrderErrors.NotRefundableCode, Assert.Throws<DomainException>(() => order.RequestRefund(1, "x", UserId, Now)).Code);
    }

    [Fact]
    public void AFailedRefundFreesItsAmountForANewNumber()
    {
        var order = InStatus(OrderStatus.Paid);
        var failed = order.RequestRefund(4900, "all", UserId, Now);

        order.FailRefund(failed.OutRefundNo, null, Now);
        var retry = order.RequestRefund(4900, "all", UserId, Now);

        Assert.Equal(RefundStatus.Closed, failed.Status);
        Assert.NotEqual(failed.OutRefundNo, retry.OutRefundNo);
        Assert.Equal(OrderStatus.Paid, order.Status);
    }

    [Fact]
    public void AFinishedRefundCannotChangeAgain()
    {
        var order = InStatus(OrderStatus.Paid);
        var refund = order.RequestRefund(100, "part", UserId, Now);
        order.CompleteRefund(refund.OutRefundNo, null, Now);

        var error = Assert.Throws<DomainException>(() => order.FailRefund(refund.OutRefundNo, null, Now));

        Assert.Equal("REFUND_NOT_PROCESSING", error.Code);
        Assert.Equal(100, order.RefundedFen);
    }

    [Fact]
    public void AnAbnormalRefundFlagsTheOrderAndMaySucceedLater()
    {
        var order = InStatus(OrderStatus.Paid);
        var refund = order.RequestRefund(4900, "all", UserId, Now);

        order.MarkRefundAbnormal(refund.OutRefundNo, null);
        Assert.True(order.NeedsReview);
        order.CompleteRefund(refund.OutRefundNo, null, Now);

        Assert.Equal(OrderStatus.Refunded, order.Status);
    }

    [Fact]
    public void NoMoreThanFiftyRefunds()
    {
        var order = InStatus(OrderStatus.Paid);
        for (var i = 0; i < OrderLimits.MaxRefunds; i++)
        {
            order.CompleteRefund(order.RequestRefund(1, "part", UserId, Now).OutRefundNo, null, Now);
        }

        var error = Assert.Throws<DomainException>(() => order.RequestRefund(1, "part", UserId, Now));

        Assert.Equal(OrderErrors.TooManyRefundsCode, error.Code);
    }

    [Fact]
    public void EveryChangeBumpsTheConcurrencyToken()
    {
        var order = Placed();
        var before = order.Version;

        order.MarkPaid("4200000004", Now);

        Assert.True(order.Version > before);
    }

    [Fact]
    public void ChoosingAnotherMethodForgetsTheProviderThatHadTheOrderAndSaysSo()
    {
        var order = Placed();
        order.MarkPaymentStarted(Now);

        order.ChoosePaymentMethod(PaymentChannel.Balance);

        Assert.Equal((PaymentChannel.Balance, null), (order.Channel, order.PaymentStartedAt));
        var changed = Assert.IsType<OrderPaymentMethodChangedEvent>(order.DomainEvents()[^1]);
        Assert.Equal((PaymentChannel.WeChatPayJsapi, PaymentChannel.Balance), (changed.From, changed.To));
    }

    [Fact]
    public void ATopUpIsPaidThroughWeChatPayOnly()
    {
        var order = Order.Place(
            UserId,
            PricingEngine.Price([new PricingLine(new OfferRef(OfferKind.WalletTopUp, Guid.CreateVersion7()), "余额充值", 10000, PriceGuardrails.None, [], [])], null),
            "client-key-2",
            PaymentChannel.WeChatPayJsapi,
            Now,
            Window);

        var error = Assert.Throws<DomainException>(() => order.ChoosePaymentMethod(PaymentChannel.Balance));

        Assert.Equal(OrderErrors.PaymentMethodNotAllowedCode, error.Code);
        Assert.Equal(PaymentChannel.WeChatPayJsapi, order.Channel);
    }

    [Fact]
    public void ARefundRaisesItsRequestBeforeTheProviderIsAskedAndItsFailureWhenRefused()
    {
        var order = InStatus(OrderStatus.Paid);

        var refund = order.RequestRefund(900, "reason", UserId, Now);
        var requested = Assert.IsType<OrderRefundRequestedEvent>(order.DomainEvents()[^1]);
        order.FailRefund(refund.OutRefundNo, null, Now);
        var failed = Assert.IsType<OrderRefundFailedEvent>(order.DomainEvents()[^1]);

        Assert.Equal((refund.Id, 900L, PaymentChannel.WeChatPayJsapi), (requested.RefundId, requested.AmountFen, requested.Channel));
        Assert.Equal((refund.Id, 900L), (failed.RefundId, Assert.Single(failed.Lines).AmountFen));
    }

    private static Order Placed() =>
        Order.Place(UserId, Quote(4900), "client-key-1", PaymentChannel.WeChatPayJsapi, Now, Window);

    private static PriceQuote Quote(long listFen) =>
        PricingEngine.Price([new PricingLine(OfferRef.ForCourse(CourseId), "Deep Learning", listFen, PriceGuardrails.None, [CourseId], [])], null);

    private static Order InStatus(OrderStatus status)
    {
        var order = Placed();
        switch (status)
        {
            case OrderStatus.Closed:
                order.Cancel(Now);
                break;
            case OrderStatus.Paid:
                order.MarkPaid("4200000000", Now);
                break;
            case OrderStatus.PartiallyRefunded:
            case OrderStatus.Refunded:
                order.MarkPaid("4200000000", Now);
                var refund = order.RequestRefund(status == OrderStatus.Refunded ? 4900 : 100, "reason", UserId, Now);
                order.CompleteRefund(refund.OutRefundNo, null, Now);
                break;
        }

        Assert.Equal(status, order.Status);
        return order;
    }
}
