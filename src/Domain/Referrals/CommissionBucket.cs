namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// Where commission money sits in the commission ledger. Every entry moves an amount from one bucket to another, so
/// the buckets always add up to zero: <see cref="Platform"/> is minus what the platform owes promoters or paid them.
/// </summary>
public enum CommissionBucket
{
    /// <summary>The platform's commission expense: negative by what it owes or paid out.</summary>
    Platform,

    /// <summary>Per promoter: earned, waiting for the refund window.</summary>
    Pending,

    /// <summary>Per promoter: withdrawable; negative when a refund took back commission already withdrawn.</summary>
    Valid,

    /// <summary>Per promoter: held by withdrawals that are neither rejected nor paid.</summary>
    Held,

    /// <summary>Per promoter: paid out by operators.</summary>
    PaidOut,
}
