using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// One refund of an order under our own refund number, which the provider keys on: stored before the provider is asked,
/// and asked again with the same number until it answers.
/// </summary>
public sealed class OrderRefund : Entity
{
    private readonly List<OrderRefundLine> _lines = [];

    private OrderRefund()
    {
        OutRefundNo = null!;
        Reason = null!;
    }

    public Guid OrderId { get; private set; }

    public string OutRefundNo { get; private set; }

    public long AmountFen { get; private set; }

    public string Reason { get; private set; }

    public RefundStatus Status { get; private set; }

    /// <summary>The learner or admin who asked.</summary>
    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When the provider reported it succeeded or closed.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The provider's id for the refund, once it has reported one.</summary>
    public string? RefundId { get; private set; }

    /// <summary>How <see cref="AmountFen"/> is split over the order's lines.</summary>
    public IReadOnlyCollection<OrderRefundLine> Lines => _lines.AsReadOnly();

    public bool IsProcessing => Status == RefundStatus.Processing;

    /// <summary>Still counts against what may be refunded: under way, done, or stuck with an operator.</summary>
    public bool HoldsAmount => Status != RefundStatus.Closed;

    public long AmountFor(Guid lineId) => _lines.Where(l => l.LineId == lineId).Sum(l => l.AmountFen);

    internal static OrderRefund Request(
        Guid orderId, IReadOnlyList<OrderRefundLine> lines, string reason, Guid requestedBy, DateTimeOffset now)
    {
        var refund = new OrderRefund
        {
            OrderId = orderId,
            OutRefundNo = OrderNumbers.NewOutRefundNo(now),
            AmountFen = lines.Sum(l => l.AmountFen),
            Reason = Text.Required(reason, OrderLimits.RefundReasonLength, OrderErrors.InvalidRefundReason),
            Status = RefundStatus.Processing,
            RequestedBy = requestedBy,
            RequestedAt = now,
        };
        refund._lines.AddRange(lines);
        return refund;
    }

    internal void Succeed(string? refundId, DateTimeOffset at) => Finish(RefundStatus.Succeeded, refundId, at);

    internal void Close(string? refundId, DateTimeOffset at) => Finish(RefundStatus.Closed, refundId, at);

    internal void MarkAbnormal(string? refundId)
    {
        EnsureOpen();
        Status = RefundStatus.Abnormal;
        RefundId ??= refundId;
    }

    private void Finish(RefundStatus status, string? refundId, DateTimeOffset at)
    {
        EnsureOpen();
        Status = status;
        RefundId ??= refundId;
        CompletedAt = at;
    }

    // An abnormal refund is not final: the provider may still report it succeeded or closed.
    private void EnsureOpen()
    {
        if (Status is not (RefundStatus.Processing or RefundStatus.Abnormal))
        {
            throw OrderErrors.RefundNotProcessing(OutRefundNo, Status);
        }
    }
}
