using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.RedeemCodes;

/// <summary>
/// One single-use code of a batch, known only by its hash. It carries its batch's offer and expiry (they never
/// change), so redeeming reads one row.
/// </summary>
public sealed class RedeemCode : Entity
{
    private RedeemCode()
    {
        CodeHash = null!;
    }

    public Guid BatchId { get; private set; }

    public string CodeHash { get; private set; }

    public OfferKind Kind { get; private set; }

    public Guid OfferId { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public Guid? RedeemedBy { get; private set; }

    public DateTimeOffset? RedeemedAt { get; private set; }

    /// <summary>Bumped by every change: of two racing redemptions only one saves.</summary>
    public int Version { get; private set; }

    public static RedeemCode For(RedeemCodeBatch batch, string codeHash) => new()
    {
        BatchId = batch.Id,
        CodeHash = codeHash,
        Kind = batch.Kind,
        OfferId = batch.OfferId,
        ExpiresAt = batch.ExpiresAt,
    };

    /// <summary>
    /// Hands the offer to <paramref name="userId"/> (<see cref="OfferGrantedEvent"/>). The same user redeeming again (a
    /// retried request) changes nothing; anyone else finds it used.
    /// </summary>
    public void Redeem(Guid userId, DateTimeOffset now)
    {
        if (RedeemedBy == userId)
        {
            return;
        }

        if (RedeemedBy is not null)
        {
            throw RedeemCodeErrors.Used();
        }

        if (now >= ExpiresAt)
        {
            throw RedeemCodeErrors.Expired();
        }

        RedeemedBy = userId;
        RedeemedAt = now;
        Version++;
        Raise(new OfferGrantedEvent(userId, Kind, OfferId, EnrollmentSource.RedeemCode, Id));
    }
}
