using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// One refund applied to a commission: the part of the line it refunded and the commission it took back (possibly 0 fen
/// after rounding). Unique per commission and refund, so a repeated refund event reverses nothing twice.
/// </summary>
public sealed class CommissionReversal : Entity
{
    private CommissionReversal()
    {
    }

    public Guid CommissionId { get; private set; }

    public Guid RefundId { get; private set; }

    public long LineRefundFen { get; private set; }

    public long AmountFen { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static CommissionReversal Of(Guid commissionId, Guid refundId, long lineRefundFen, long amountFen, DateTimeOffset at) => new()
    {
        CommissionId = commissionId,
        RefundId = refundId,
        LineRefundFen = lineRefundFen,
        AmountFen = amountFen,
        At = at,
    };
}
