using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// A promoter's request to be paid <see cref="AmountFen"/> of valid commission. The amount is held from the request; an
/// admin approves it and records the payout made outside the app (no transfer API), or rejects it, which releases it.
/// Money moves only through <see cref="Promoter"/>.
/// </summary>
public sealed class Withdrawal : Entity
{
    private Withdrawal()
    {
        ClientKey = null!;
    }

    public Guid PromoterId { get; private set; }

    public long AmountFen { get; private set; }

    /// <summary>The promoter's idempotency key: the same key always means this withdrawal.</summary>
    public string ClientKey { get; private set; }

    public WithdrawalStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectReason { get; private set; }

    /// <summary>The operator's reference of the payout (a bank or WeChat transfer number).</summary>
    public string? PayoutReference { get; private set; }

    public Guid? PaidBy { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status is WithdrawalStatus.Requested or WithdrawalStatus.Approved;

    internal static Withdrawal Request(Guid promoterId, long amountFen, string clientKey, DateTimeOffset now) => new()
    {
        PromoterId = promoterId,
        AmountFen = amountFen,
        ClientKey = clientKey,
        Status = WithdrawalStatus.Requested,
        RequestedAt = now,
    };

    public void Approve(Guid adminId, DateTimeOffset now)
    {
        Ensure(WithdrawalStatus.Requested);
        Status = WithdrawalStatus.Approved;
        ReviewedBy = adminId;
        ReviewedAt = now;
        Version++;
    }

    internal void Reject(Guid adminId, string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw ReferralErrors.WithdrawalNotOpen(Status);
        }

        Status = WithdrawalStatus.Rejected;
        ReviewedBy = adminId;
        ReviewedAt = now;
        RejectReason = reason.Trim();
        Version++;
    }

    internal void MarkPaid(Guid adminId, string reference, DateTimeOffset now)
    {
        Ensure(WithdrawalStatus.Approved);
        Status = WithdrawalStatus.Paid;
        PaidBy = adminId;
        PaidAt = now;
        PayoutReference = reference.Trim();
        Version++;
    }

    private void Ensure(WithdrawalStatus status)
    {
        if (Status != status)
        {
            throw ReferralErrors.WithdrawalNotOpen(Status);
        }
    }
}
