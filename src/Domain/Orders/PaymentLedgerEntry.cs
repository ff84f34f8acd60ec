using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// One movement of money for one order line, never changed or deleted: a payment (+) or a refund (−). At most one
/// entry per provider reference and line, so the entries of an order (and of each line) always add up to what it says
/// it was paid minus what it refunded.
/// </summary>
public sealed class PaymentLedgerEntry : Entity
{
    private PaymentLedgerEntry()
    {
        Reference = null!;
    }

    public Guid OrderId { get; private set; }

    public Guid LineId { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>The provider's transaction id for a payment, our refund number for a refund.</summary>
    public string Reference { get; private set; }

    /// <summary>Signed: positive money in, negative money out.</summary>
    public long AmountFen { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static IEnumerable<PaymentLedgerEntry> ForPayment(Order order, DateTimeOffset now)
    {
        var transactionId = order.TransactionId ?? throw OrderErrors.NoPaymentRecorded(order.Id);
        return order.Lines.Select(line => new PaymentLedgerEntry
        {
            OrderId = order.Id,
            LineId = line.Id,
            Kind = LedgerEntryKind.Payment,
            Reference = transactionId,
            AmountFen = line.AmountFen,
            RecordedAt = now,
        });
    }

    public static IEnumerable<PaymentLedgerEntry> ForRefund(OrderRefund refund, DateTimeOffset now) =>
        refund.Lines.Select(part => new PaymentLedgerEntry
        {
            OrderId = refund.OrderId,
            LineId = part.LineId,
            Kind = LedgerEntryKind.Refund,
            Reference = refund.OutRefundNo,
            AmountFen = -part.AmountFen,
            RecordedAt = now,
        });
}
