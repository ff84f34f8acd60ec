using System.Security.Cryptography;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// A user who earns commission (分销推广员) on what the buyers bound to them pay, and on what their own recruits'
/// buyers pay (level 2, through <see cref="UplinePromoterId"/>). Their money sits in four buckets — pending, valid,
/// held by withdrawals, paid out — and moves only through this class, which writes a <see cref="CommissionEntry"/> for
/// every move. Valid may go below zero: a refund takes commission back even after it was withdrawn, and the debt is
/// settled by later commission before anything more can be withdrawn. Callers lock the row before they read it
/// (<c>PromoterLocks</c>); <see cref="Version"/> rejects a save that did not.
/// </summary>
public sealed class Promoter : Entity
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private Promoter()
    {
        Code = null!;
    }

    public Guid UserId { get; private set; }

    /// <summary>The invitation code others bind with.</summary>
    public string Code { get; private set; }

    public PromoterStatus Status { get; private set; }

    /// <summary>The promoter who recruited this one: the level-2 earner on this promoter's buyers. Set once.</summary>
    public Guid? UplinePromoterId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public long PendingFen { get; private set; }

    public long ValidFen { get; private set; }

    public long HeldFen { get; private set; }

    public long PaidOutFen { get; private set; }

    public long ReversedFen { get; private set; }

    /// <summary>How many buyers were ever bound to this promoter.</summary>
    public int ReferralCount { get; private set; }

    public int Version { get; private set; }

    public bool IsActive => Status == PromoterStatus.Approved;

    /// <summary>What may be withdrawn now: valid commission, never less than nothing.</summary>
    public long AvailableFen => Math.Max(0, ValidFen);

    public static Promoter Enrol(Guid userId, bool approved, Guid? uplinePromoterId, DateTimeOffset now) => new()
    {
        UserId = userId,
        Code = NewCode(),
        Status = approved ? PromoterStatus.Approved : PromoterStatus.Applied,
        ApprovedAt = approved ? now : null,
        UplinePromoterId = uplinePromoterId,
        CreatedAt = now,
    };

    public void Approve(DateTimeOffset now)
    {
        if (Status == PromoterStatus.Approved)
        {
            return;
        }

        Status = PromoterStatus.Approved;
        ApprovedAt ??= now;
        Version++;
    }

    public void Suspend()
    {
        if (Status == PromoterStatus.Suspended)
        {
            return;
        }

        if (Status != PromoterStatus.Approved)
        {
            throw ReferralErrors.PromoterStatus(Status, PromoterStatus.Suspended);
        }

        Status = PromoterStatus.Suspended;
        Version++;
    }

    /// <summary>The first promoter to bind this one becomes their upline, unless that would make a loop.</summary>
    public void AdoptUpline(Promoter upline)
    {
        if (UplinePromoterId is null && upline.Id != Id && upline.UplinePromoterId != Id)
        {
            UplinePromoterId = upline.Id;
            Version++;
        }
    }

    public void CountReferral()
    {
        ReferralCount++;
        Version++;
    }

    public CommissionEntry Accrue(Commission commission, DateTimeOffset now)
    {
        Own(commission);
        PendingFen += commission.AmountFen;
        return Move(CommissionEntryKind.Accrued, commission.AmountFen, CommissionBucket.Platform, CommissionBucket.Pending,
            CommissionEntry.References.Accrued(commission.Id), now, commissionId: commission.Id);
    }

    /// <summary>The commission's refund window passed; null when refunds already took all of it back.</summary>
    public CommissionEntry? Validate(Commission commission, DateTimeOffset now)
    {
        Own(commission);
        var amount = commission.BecomeValid(now);
        if (amount == 0)
        {
            return null;
        }

        PendingFen -= amount;
        ValidFen += amount;
        return Move(CommissionEntryKind.BecameValid, amount, CommissionBucket.Pending, CommissionBucket.Valid,
            CommissionEntry.References.BecameValid(commission.Id), now, commissionId: commission.Id);
    }

    /// <summary>
    /// A refund of the commission's line takes back its share, from pending or (after the window) from valid; null when
    /// it was applied before or rounds to nothing.
    /// </summary>
    public CommissionEntry? Reverse(Commission commission, Guid refundId, long lineRefundFen, bool lineFullyRefunded, DateTimeOffset now)
    {
        Own(commission);
        if (commission.HasApplied(refundId) || commission.State == CommissionState.Reversed)
        {
            return null;
        }

        var from = commission.WasValidated ? CommissionBucket.Valid : CommissionBucket.Pending;
        var amount = commission.Reverse(refundId, lineRefundFen, lineFullyRefunded, now);
        if (amount == 0)
        {
            return null;
        }

        if (from == CommissionBucket.Valid)
        {
            ValidFen -= amount;
        }
        else
        {
            PendingFen -= amount;
        }

        ReversedFen += amount;
        return Move(CommissionEntryKind.Reversed, amount, from, CommissionBucket.Platform,
            CommissionEntry.References.Reversed(commission.Id, refundId), now, commissionId: commission.Id, refundId: refundId);
    }

    public (Withdrawal Withdrawal, CommissionEntry Entry) RequestWithdrawal(long amountFen, string clientKey, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw ReferralErrors.NotAPromoter();
        }

        if (amountFen > AvailableFen)
        {
            throw ReferralErrors.InsufficientBalance(amountFen, ValidFen);
        }

        var withdrawal = Withdrawal.Request(Id, amountFen, clientKey, now);
        ValidFen -= amountFen;
        HeldFen += amountFen;
        return (withdrawal, Move(CommissionEntryKind.Withdrawn, amountFen, CommissionBucket.Valid, CommissionBucket.Held,
            CommissionEntry.References.Withdrawn(withdrawal.Id), now, withdrawalId: withdrawal.Id));
    }

    public CommissionEntry Reject(Withdrawal withdrawal, Guid adminId, string reason, DateTimeOffset now)
    {
        Own(withdrawal);
        withdrawal.Reject(adminId, reason, now);
        HeldFen -= withdrawal.AmountFen;
        ValidFen += withdrawal.AmountFen;
        return Move(CommissionEntryKind.Released, withdrawal.AmountFen, CommissionBucket.Held, CommissionBucket.Valid,
            CommissionEntry.References.Released(withdrawal.Id), now, withdrawalId: withdrawal.Id);
    }

    public CommissionEntry MarkPaid(Withdrawal withdrawal, Guid adminId, string reference, DateTimeOffset now)
    {
        Own(withdrawal);
        withdrawal.MarkPaid(adminId, reference, now);
        HeldFen -= withdrawal.AmountFen;
        PaidOutFen += withdrawal.AmountFen;
        return Move(CommissionEntryKind.Paid, withdrawal.AmountFen, CommissionBucket.Held, CommissionBucket.PaidOut,
            CommissionEntry.References.Paid(withdrawal.Id), now, withdrawalId: withdrawal.Id);
    }

    private static string NewCode() =>
        string.Create(ReferralLimits.CodeLength, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });

    private void Own(Commission commission)
    {
        if (commission.PromoterId != Id)
        {
            throw new InvalidOperationException($"Commission {commission.Id} belongs to another promoter than {Id}.");
        }
    }

    private void Own(Withdrawal withdrawal)
    {
        if (withdrawal.PromoterId != Id)
        {
            throw new InvalidOperationException($"Withdrawal {withdrawal.Id} belongs to another promoter than {Id}.");
        }
    }

    private CommissionEntry Move(
        CommissionEntryKind kind, long amountFen, CommissionBucket from, CommissionBucket to, string reference, DateTimeOffset now,
        Guid? commissionId = null, Guid? withdrawalId = null, Guid? refundId = null)
    {
        Version++;
        return CommissionEntry.Record(Id, kind, amountFen, from, to, reference, now, commissionId, withdrawalId, refundId);
    }
}
