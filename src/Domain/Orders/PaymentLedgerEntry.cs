using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// One movement of money, never changed or deleted: a payment (+) or a refund (−). At most one entry per provider
/// reference, so the entries of an order always add up to what the order says it was paid minus what it refunded.
/// </summary>
public sealed class PaymentLedgerEntry : Entity
{
    private PaymentLedgerEntry()
    {
        Reference = null!;
    }

    public Guid OrderId { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>The provider's transaction id for a payment, our refund number for a refund.</summary>
    public string Reference { get; private set; }

    /// <summary>Signed: positive money in, negative money out.</summary>
    public long AmountFen { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static PaymentLedgerEntry ForPayment(Order order, DateTimeOffset now) => new()
    {
        OrderId = order.Id,
        Kind = LedgerEntryKind.Payment,
        Reference = order.TransactionId ?? throw OrderErrors.NoPaymentRecorded(order.Id),
        AmountFen = order.PaidFen,
        RecordedAt = now,
    };

    public static PaymentLedgerEntry ForRefund(OrderRefund refund, DateTimeOffset now) => new()
    {
        OrderId = refund.OrderId,
        Kind = LedgerEntryKind.Refund,
        Reference = refund.OutRefundNo,
        AmountFen = -refund.AmountFen,
        RecordedAt = now,
    };
}
