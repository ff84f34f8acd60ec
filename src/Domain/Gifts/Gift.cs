using System.Buffers.Text;
using System.Security.Cryptography;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Gifts;

/// <summary>
/// An order line bought for someone else: the buyer shares its claim code, and the first other user to claim it
/// receives the offer. It is refundable only until then. There is no expiry: the buyer paid, and an unclaimed gift
/// stays claimable (or refundable within the order's refund policy).
/// </summary>
public sealed class Gift : Entity
{
    private Gift()
    {
        ClaimCode = null!;
    }

    public Guid BuyerId { get; private set; }

    public OfferKind Kind { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid OrderLineId { get; private set; }

    /// <summary>Base64url of 128 random bits; whoever holds it may claim the gift.</summary>
    public string ClaimCode { get; private set; }

    public GiftStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    /// <summary>Bumped by every change: of two racing claims only one saves.</summary>
    public int Version { get; private set; }

    public static Gift Bought(Guid buyerId, OfferKind kind, Guid offerId, Guid orderId, Guid orderLineId, DateTimeOffset now) => new()
    {
        BuyerId = buyerId,
        Kind = kind,
        OfferId = offerId,
        OrderId = orderId,
        OrderLineId = orderLineId,
        ClaimCode = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(GiftLimits.ClaimCodeBytes)),
        Status = GiftStatus.Unclaimed,
        CreatedAt = now,
    };

    /// <summary>Hands the offer to <paramref name="recipientId"/> (<see cref="OfferGrantedEvent"/>); once, and never to the buyer.</summary>
    public void Claim(Guid recipientId, DateTimeOffset now)
    {
        EnsureUnclaimed();
        if (recipientId == BuyerId)
        {
            throw GiftErrors.OwnGift();
        }

        Status = GiftStatus.Claimed;
        ClaimedBy = recipientId;
        ClaimedAt = now;
        Version++;
        Raise(new OfferGrantedEvent(recipientId, Kind, OfferId, EnrollmentSource.Gift, Id));
    }

    /// <summary>The buyer got the line's money back: nobody can claim the gift any more.</summary>
    public void Refund(DateTimeOffset now)
    {
        EnsureUnclaimed();
        Status = GiftStatus.Refunded;
        RefundedAt = now;
        Version++;
    }

    private void EnsureUnclaimed()
    {
        switch (Status)
        {
            case GiftStatus.Claimed:
                throw GiftErrors.AlreadyClaimed();
            case GiftStatus.Refunded:
                throw GiftErrors.Refunded();
        }
    }
}
