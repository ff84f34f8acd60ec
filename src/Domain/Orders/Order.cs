using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// A learner's purchase of one or more offers (<see cref="OrderLine"/>s), priced by the server's pricing engine. It is
/// stored before the payment provider hears of it, paid at most once (the provider's transaction id), and refunded
/// through child <see cref="OrderRefund"/>s, each booked against lines, whose sum never exceeds what was paid.
/// </summary>
public sealed class Order : Entity
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderRefund> _refunds = [];

    private Order()
    {
        Title = null!;
        Total = null!;
        OutTradeNo = null!;
        ClientKey = null!;
    }

    public Guid UserId { get; private set; }

    /// <summary>The first line's title (and how many more): the description on the payer's bill.</summary>
    public string Title { get; private set; }

    public Money Total { get; private set; }

    /// <summary>Our order number at the provider (out_trade_no), unique forever.</summary>
    public string OutTradeNo { get; private set; }

    /// <summary>The client's idempotency key: the same key from the same user always means this order.</summary>
    public string ClientKey { get; private set; }

    /// <summary>The payment method the buyer chose last; refunds go back through it.</summary>
    public PaymentChannel Channel { get; private set; }

    /// <summary>When the order was last registered with an outside provider under <see cref="Channel"/> (null: never).</summary>
    public DateTimeOffset? PaymentStartedAt { get; private set; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The provider refuses payment after this.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public OrderCloseReason? CloseReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The provider's id of the transaction that paid the order (transaction_id).</summary>
    public string? TransactionId { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>When WeChat accepted the shipping record (发货信息) of the WeChat Pay transaction; null before, and for other channels.</summary>
    public DateTimeOffset? ShippingRecordedAt { get; private set; }

    /// <summary>What the provider took; the total once paid, else 0.</summary>
    public long PaidFen { get; private set; }

    /// <summary>The sum of the refunds that succeeded.</summary>
    public long RefundedFen { get; private set; }

    public bool NeedsReview { get; private set; }

    /// <summary>The buyer's coupon this order holds: used when it is paid, returned when it closes unpaid.</summary>
    public Guid? UserCouponId { get; private set; }

    public OrderReviewReason? ReviewReason { get; private set; }

    /// <summary>Bumped by every change: the concurrency token that lets only one of two racing changes win.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<OrderRefund> Refunds => _refunds.AsReadOnly();

    public bool IsPending => Status == OrderStatus.Pending;

    /// <summary>What may still be refunded: paid, less the refunds that succeeded or are under way.</summary>
    public long RefundableFen => PaidFen - _refunds.Where(r => r.HoldsAmount).Sum(r => r.AmountFen);

    public bool IsFullyRefunded => TransactionId is not null && RefundedFen == PaidFen;

    public OrderRefund? ProcessingRefund => _refunds.FirstOrDefault(r => r.IsProcessing);

    /// <summary>Places an order for exactly what <paramref name="quote"/> priced.</summary>
    public static Order Place(
        Guid userId, PriceQuote quote, string clientKey, PaymentChannel channel, DateTimeOffset now, TimeSpan paymentWindow)
    {
        if (quote.TotalFen == 0)
        {
            throw OrderErrors.NothingToPay();
        }

        var order = new Order
        {
            UserId = userId,
            Total = Money.Fen(quote.TotalFen),
            UserCouponId = quote.UserCouponId,
            OutTradeNo = OrderNumbers.NewOutTradeNo(now),
            ClientKey = clientKey.Length is >= OrderLimits.ClientKeyMinLength and <= OrderLimits.ClientKeyLength
                ? clientKey
                : throw OrderErrors.InvalidClientKey(),
            Channel = channel,
            Status = OrderStatus.Pending,
            CreatedAt = now,
            ExpiresAt = now + paymentWindow,
        };
        order._lines.AddRange(quote.Lines.Select((line, position) => OrderLine.From(order.Id, position, line)));
        order.Title = BillTitle(order._lines);
        order.Raise(new OrderPlacedEvent(order.Id, userId, quote.TotalFen, order.LinesSold(), order.UserCouponId));
        return order;
    }

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;

    public bool IsTopUp => _lines.Any(l => l.Kind == OfferKind.WalletTopUp);

    /// <summary>
    /// The buyer pays with <paramref name="method"/> from now on. A top-up is paid only through WeChat Pay. Whoever calls
    /// this first makes sure an outside provider that had the order (<see cref="PaymentStartedAt"/>) has closed it.
    /// </summary>
    public void ChoosePaymentMethod(PaymentChannel method)
    {
        EnsurePending();
        if (IsTopUp && method != PaymentChannel.WeChatPayJsapi)
        {
            throw OrderErrors.PaymentMethodNotAllowed(method, "a balance top-up is paid through WeChat Pay");
        }

        if (method == Channel)
        {
            return;
        }

        var previous = Channel;
        Channel = method;
        PaymentStartedAt = null;
        Version++;
        Raise(new OrderPaymentMethodChangedEvent(Id, previous, method));
    }

    /// <summary>The outside provider has the order now: changing the method means closing it there first.</summary>
    public void MarkPaymentStarted(DateTimeOffset now)
    {
        EnsurePending();
        if (PaymentStartedAt is null)
        {
            PaymentStartedAt = now;
            Version++;
        }
    }

    /// <summary>The provider confirmed the payment; checking amount, currency and payer is the caller's job.</summary>
    public void MarkPaid(string transactionId, DateTimeOffset paidAt)
    {
        EnsurePending();
        Status = OrderStatus.Paid;
        RecordPayment(transactionId, paidAt);
        Raise(new OrderPaidEvent(Id, UserId, PaidFen, LinesSold(), UserCouponId, Channel));
    }

    /// <summary>
    /// The provider took money for an order we had closed (close-versus-pay race): the money is on the books and the order
    /// waits for an operator to refund it; the buyer gets no access through it.
    /// </summary>
    public void RecordPaymentAfterClose(string transactionId, DateTimeOffset paidAt)
    {
        if (Status != OrderStatus.Closed || TransactionId is not null)
        {
            throw OrderErrors.NotPending(Id, Status);
        }

        RecordPayment(transactionId, paidAt);
        FlagForReview(OrderReviewReason.PaidAfterClose);
    }

    /// <summary>WeChat accepted the shipping record of the payment; recorded once, later confirmations keep the first time.</summary>
    public void RecordShipping(DateTimeOffset at)
    {
        if (TransactionId is null)
        {
            throw new InvalidOperationException($"Order {Id} was not paid: it has nothing to ship.");
        }

        if (ShippingRecordedAt is null)
        {
            ShippingRecordedAt = at;
            Version++;
        }
    }

    public void FlagForReview(OrderReviewReason reason)
    {
        NeedsReview = true;
        ReviewReason = reason;
        Version++;
        Raise(new OrderFlaggedForReviewEvent(Id, reason));
    }

    public void Expire(DateTimeOffset now)
    {
        if (IsPending && !HasExpired(now))
        {
            throw OrderErrors.NotExpired(Id);
        }

        Close(OrderCloseReason.Expired, now);
    }

    /// <summary>Closes the unpaid order for <paramref name="reason"/> other than expiry: the buyer gave up, or its group buy failed.</summary>
    public void Cancel(DateTimeOffset now, OrderCloseReason reason = OrderCloseReason.Cancelled) =>
        Close(reason == OrderCloseReason.Expired ? throw new ArgumentOutOfRangeException(nameof(reason)) : reason, now);

    /// <summary>What of <paramref name="line"/> may still be refunded: paid, less the refunds that hold part of it.</summary>
    public long LineRefundableFen(OrderLine line) =>
        TransactionId is null ? 0 : line.AmountFen - _refunds.Where(r => r.HoldsAmount).Sum(r => r.AmountFor(line.Id));

    /// <summary>
    /// Starts a refund of <paramref name="amountFen"/>: from <paramref name="lineId"/> alone, or else spread over the
    /// lines in proportion to what each may still refund. One at a time, at most 50, never more than was paid.
    /// </summary>
    public OrderRefund RequestRefund(long amountFen, string reason, Guid requestedBy, DateTimeOffset now, Guid? lineId = null)
    {
        if (TransactionId is null || RefundableFen == 0)
        {
            throw OrderErrors.NotRefundable(Id);
        }

        if (ProcessingRefund is not null)
        {
            throw OrderErrors.RefundInProgress(Id);
        }

        if (_refunds.Count >= OrderLimits.MaxRefunds)
        {
            throw OrderErrors.TooManyRefunds(Id);
        }

        var lines = lineId is { } id ? [LineNumbered(id)] : _lines.OrderBy(l => l.Position).ToList();
        var refundable = lines.Select(LineRefundableFen).ToList();
        if (amountFen <= 0 || amountFen > refundable.Sum())
        {
            throw OrderErrors.RefundAmountInvalid(amountFen, refundable.Sum());
        }

        var shares = LargestRemainder.Allocate(amountFen, refundable);
        var refund = OrderRefund.Request(
            Id, [.. lines.Zip(shares).Where(p => p.Second > 0).Select(p => new OrderRefundLine(p.First.Id, p.Second))],
            reason, requestedBy, now);
        _refunds.Add(refund);
        Version++;
        Raise(new OrderRefundRequestedEvent(Id, UserId, refund.Id, refund.AmountFen, RefundParts(refund), Channel));
        return refund;
    }

    public OrderLine LineNumbered(Guid lineId) =>
        _lines.SingleOrDefault(l => l.Id == lineId) ?? throw OrderErrors.LineNotFound(Id, lineId);

    /// <summary>The provider paid the refund out; the order becomes partially or fully refunded.</summary>
    public OrderRefund CompleteRefund(string outRefundNo, string? refundId, DateTimeOffset at)
    {
        var refund = RefundNumbered(outRefundNo);
        refund.Succeed(refundId, at);
        RefundedFen += refund.AmountFen;
        foreach (var part in refund.Lines)
        {
            LineNumbered(part.LineId).BookRefund(part.AmountFen);
        }

        if (Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded)
        {
            Status = IsFullyRefunded ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded;
        }

        Version++;
        Raise(new OrderRefundedEvent(
            Id, UserId, refund.Id, refund.AmountFen, IsFullyRefunded,
            RefundParts(refund), UserCouponId, Channel));
        return refund;
    }

    /// <summary>The refund failed for good; its amount may be refunded again under a new number.</summary>
    public void FailRefund(string outRefundNo, string? refundId, DateTimeOffset at)
    {
        var refund = RefundNumbered(outRefundNo);
        refund.Close(refundId, at);
        Version++;
        Raise(new OrderRefundFailedEvent(Id, UserId, refund.Id, refund.AmountFen, RefundParts(refund), Channel));
    }

    public void MarkRefundAbnormal(string outRefundNo, string? refundId)
    {
        RefundNumbered(outRefundNo).MarkAbnormal(refundId);
        FlagForReview(OrderReviewReason.RefundAbnormal);
    }

    public OrderRefund RefundNumbered(string outRefundNo) =>
        _refunds.SingleOrDefault(r => r.OutRefundNo == outRefundNo) ?? throw OrderErrors.RefundNotFound(outRefundNo);

    private static string BillTitle(IReadOnlyList<OrderLine> lines)
    {
        var first = lines[0].Title;
        var more = lines.Count > 1 ? $" 等{lines.Count}件" : "";
        return first.Length + more.Length <= OrderLimits.TitleLength ? first + more : first[..(OrderLimits.TitleLength - more.Length)] + more;
    }

    private List<LineRefunded> RefundParts(OrderRefund refund) =>
        [.. refund.Lines.Select(part => LineNumbered(part.LineId).Refunded(part.AmountFen))];

    private IReadOnlyList<OrderLineSold> LinesSold() => [.. _lines.OrderBy(l => l.Position).Select(l => l.Sold())];

    private void RecordPayment(string transactionId, DateTimeOffset paidAt)
    {
        TransactionId = transactionId;

        // WeChat reports success_time to the whole second, so a payment made in the second its order was placed would
        // read as earlier than the order, and earlier than whatever (an exposure, a campaign enrolment) led to it.
        PaidAt = paidAt < CreatedAt ? CreatedAt : paidAt;
        PaidFen = Total.AmountFen;
        Version++;
    }

    private void Close(OrderCloseReason reason, DateTimeOffset now)
    {
        EnsurePending();
        Status = OrderStatus.Closed;
        CloseReason = reason;
        ClosedAt = now;
        Version++;
        Raise(new OrderClosedEvent(Id, UserId, reason, LinesSold(), UserCouponId));
    }

    private void EnsurePending()
    {
        switch (Status)
        {
            case OrderStatus.Pending:
                return;
            case OrderStatus.Closed:
                throw OrderErrors.Closed(Id);
            case OrderStatus.Paid or OrderStatus.PartiallyRefunded or OrderStatus.Refunded:
                throw OrderErrors.AlreadyPaid(Id);
            default:
                throw OrderErrors.NotPending(Id, Status);
        }
    }
}
