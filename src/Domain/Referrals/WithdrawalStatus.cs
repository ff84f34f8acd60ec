namespace KnowledgePay.Domain.Referrals;

/// <summary>A withdrawal holds its amount from the moment it is asked for until it is rejected (released) or paid.</summary>
public enum WithdrawalStatus
{
    Requested,
    Approved,
    Rejected,
    Paid,
}
