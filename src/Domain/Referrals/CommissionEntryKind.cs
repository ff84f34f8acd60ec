namespace KnowledgePay.Domain.Referrals;

/// <summary>Why a commission ledger entry moved money, which fixes its buckets (see <see cref="CommissionEntry"/>).</summary>
public enum CommissionEntryKind
{
    /// <summary>Platform → Pending: an order line was paid.</summary>
    Accrued,

    /// <summary>Pending → Valid: the refund window passed.</summary>
    BecameValid,

    /// <summary>Pending or Valid → Platform: the line was refunded.</summary>
    Reversed,

    /// <summary>Valid → Held: the promoter asked for a withdrawal.</summary>
    Withdrawn,

    /// <summary>Held → Valid: an admin rejected the withdrawal.</summary>
    Released,

    /// <summary>Held → PaidOut: an operator recorded the payout.</summary>
    Paid,
}
