using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// One line of the commission ledger, never changed once written: <see cref="AmountFen"/> moved from
/// <see cref="From"/> to <see cref="To"/> for one promoter. <see cref="Reference"/> is unique (the kind and the ids of its
/// cause), so a replayed event or a retried command finds the entry it already made instead of moving money twice.
/// </summary>
public sealed class CommissionEntry : Entity
{
    private CommissionEntry()
    {
        Reference = null!;
    }

    public Guid PromoterId { get; private set; }

    public CommissionEntryKind Kind { get; private set; }

    /// <summary>Always positive.</summary>
    public long AmountFen { get; private set; }

    public CommissionBucket From { get; private set; }

    public CommissionBucket To { get; private set; }

    public Guid? CommissionId { get; private set; }

    public Guid? WithdrawalId { get; private set; }

    /// <summary>The order refund that reversed a commission.</summary>
    public Guid? RefundId { get; private set; }

    public string Reference { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static CommissionEntry Record(
        Guid promoterId, CommissionEntryKind kind, long amountFen, CommissionBucket from, CommissionBucket to, string reference,
        DateTimeOffset at, Guid? commissionId = null, Guid? withdrawalId = null, Guid? refundId = null) =>
        amountFen <= 0
            ? throw new ArgumentOutOfRangeException(nameof(amountFen), amountFen, "A ledger entry moves at least 1 fen.")
            : new CommissionEntry
            {
                PromoterId = promoterId,
                Kind = kind,
                AmountFen = amountFen,
                From = from,
                To = to,
                Reference = reference,
                At = at,
                CommissionId = commissionId,
                WithdrawalId = withdrawalId,
                RefundId = refundId,
            };

    /// <summary>The idempotency references, one per cause.</summary>
    public static class References
    {
        public static string Accrued(Guid commissionId) => $"accrued:{commissionId:N}";

        public static string BecameValid(Guid commissionId) => $"valid:{commissionId:N}";

        public static string Reversed(Guid commissionId, Guid refundId) => $"reversed:{commissionId:N}:{refundId:N}";

        public static string Withdrawn(Guid withdrawalId) => $"withdrawn:{withdrawalId:N}";

        public static string Released(Guid withdrawalId) => $"released:{withdrawalId:N}";

        public static string Paid(Guid withdrawalId) => $"paid:{withdrawalId:N}";
    }
}
