namespace KnowledgePay.Domain.Referrals;

/// <summary>Where a promoter (推广员) stands: only an approved promoter is bound to and earns.</summary>
public enum PromoterStatus
{
    /// <summary>Asked to promote; waits for an admin (policy Approval).</summary>
    Applied,

    Approved,

    /// <summary>Stopped by an admin: binds nobody new and earns nothing new; what they earned stays theirs.</summary>
    Suspended,
}
