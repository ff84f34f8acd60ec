using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// A learner's purchase of one course, priced by the server from the catalogue. It is stored before the payment provider
/// hears of it, paid at most once (the provider's transaction id), and refunded through child <see cref="OrderRefund"/>s
/// whose sum never exceeds what was paid.
/// </summary>
public sealed class Order : Entity
{
    private readonly List<OrderRefund> _refunds = [];

    private Order()
    {
        Title = null!;
        Total = null!;
        OutTradeNo = null!;
        ClientKey = null!;
    }

    public Guid UserId { get; private set; }

    /// <summary>The course bought; an order holds one course (bundles would add lines).</summary>
    public Guid CourseId { get; private set; }

    /// <summary>The course title when ordered: the description on the payer's bill.</summary>
    public string Title { get; private set; }

    public Money Total { get; private set; }

    /// <summary>Our order number at the provider (out_trade_no), unique forever.</summary>
    public string OutTradeNo { get; private set; }

    /// <summary>The client's idempotency key: the same key from the same user always means this order.</summary>
    public string ClientKey { get; private set; }

    public PaymentChannel Channel { get; private set; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The provider refuses payment after this.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public OrderCloseReason? CloseReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The provider's id of the transaction that paid the order (transaction_id).</summary>
    public string? TransactionId { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>What the provider took; the total once paid, else 0.</summary>
    public long PaidFen { get; private set; }

    /// <summary>The sum of the refunds that succeeded.</summary>
    public long RefundedFen { get; private set; }

    public bool NeedsReview { get; private set; }

    public OrderReviewReason? ReviewReason { get; private set; }

    /// <summary>Bumped by every change: the concurrency token that lets only one of two racing changes win.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<OrderRefund> Refunds => _refunds.AsReadOnly();

    public bool IsPending => Status == OrderStatus.Pending;

    /// <summary>What may still be refunded: paid, less the refunds that succeeded or are under way.</summary>
    public long RefundableFen => PaidFen - _refunds.Where(r => r.HoldsAmount).Sum(r => r.AmountFen);

    public bool IsFullyRefunded => TransactionId is not null && RefundedFen == PaidFen;

    public OrderRefund? ProcessingRefund => _refunds.FirstOrDefault(r => r.IsProcessing);

    public static Order Place(
        Guid userId,
        Guid courseId,
        string title,
        Money total,
        string clientKey,
        PaymentChannel channel,
        DateTimeOffset now,
        TimeSpan paymentWindow)
    {
        if (total.IsFree)
        {
            throw OrderErrors.CourseIsFree(courseId);
        }

        var order = new Order
        {
            UserId = userId,
            CourseId = courseId,
            Title = Text.Required(title, OrderLimits.TitleLength, OrderErrors.InvalidTitle),
            Total = total,
            OutTradeNo = OrderNumbers.NewOutTradeNo(now),
            ClientKey = clientKey.Length is >= OrderLimits.ClientKeyMinLength and <= OrderLimits.ClientKeyLength
                ? clientKey
                : throw OrderErrors.InvalidClientKey(),
            Channel = channel,
            Status = OrderStatus.Pending,
            CreatedAt = now,
            ExpiresAt = now + paymentWindow,
        };
        order.Raise(new OrderPlacedEvent(order.Id, userId, total.AmountFen, order.LinesSold(), null));
        return order;
    }

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>The provider confirmed the payment; checking amount, currency and payer is the caller's job.</summary>
    public void MarkPaid(string transactionId, DateTimeOffset paidAt)
    {
        EnsurePending();
        Status = OrderStatus.Paid;
        RecordPayment(transactionId, paidAt);
        Raise(new OrderPaidEvent(Id, UserId, PaidFen, LinesSold(), null));
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

    public void Cancel(DateTimeOffset now) => Close(OrderCloseReason.Cancelled, now);

    /// <summary>Starts a refund of <paramref name="amountFen"/>; one at a time, at most 50, never more than was paid.</summary>
    public OrderRefund RequestRefund(long amountFen, string reason, Guid requestedBy, DateTimeOffset now)
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

        if (amountFen <= 0 || amountFen > RefundableFen)
        {
            throw OrderErrors.RefundAmountInvalid(amountFen, RefundableFen);
        }

        var refund = OrderRefund.Request(Id, amountFen, reason, requestedBy, now);
        _refunds.Add(refund);
        Version++;
        return refund;
    }

    /// <summary>The provider paid the refund out; the order becomes partially or fully refunded.</summary>
    public OrderRefund CompleteRefund(string outRefundNo, string? refundId, DateTimeOffset at)
    {
        var refund = RefundNumbered(outRefundNo);
        refund.Succeed(refundId, at);
        RefundedFen += refund.AmountFen;
        if (Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded)
        {
            Status = IsFullyRefunded ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded;
        }

        Version++;
        Raise(new OrderRefundedEvent(
            Id, UserId, refund.Id, refund.AmountFen, IsFullyRefunded,
            [new LineRefunded(Id, OfferKind.Course, CourseId, refund.AmountFen, IsFullyRefunded, false)], null));
        return refund;
    }

    /// <summary>The refund failed for good; its amount may be refunded again under a new number.</summary>
    public void FailRefund(string outRefundNo, string? refundId, DateTimeOffset at)
    {
        RefundNumbered(outRefundNo).Close(refundId, at);
        Version++;
    }

    public void MarkRefundAbnormal(string outRefundNo, string? refundId)
    {
        RefundNumbered(outRefundNo).MarkAbnormal(refundId);
        FlagForReview(OrderReviewReason.RefundAbnormal);
    }

    public OrderRefund RefundNumbered(string outRefundNo) =>
        _refunds.SingleOrDefault(r => r.OutRefundNo == outRefundNo) ?? throw OrderErrors.RefundNotFound(outRefundNo);

    private IReadOnlyList<OrderLineSold> LinesSold() => [new OrderLineSold(Id, OfferKind.Course, CourseId, Total.AmountFen, null, false)];

    private void RecordPayment(string transactionId, DateTimeOffset paidAt)
    {
        TransactionId = transactionId;
        PaidAt = paidAt;
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
        Raise(new OrderClosedEvent(Id, UserId, reason, LinesSold(), null));
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
