using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>
/// A buyer's referrer: the promoter whose share or invitation reached them, until <see cref="ExpiresAt"/> (null: for
/// good). One per buyer; a later promoter replaces it only by the <see cref="BindingRules"/>.
/// </summary>
public sealed class ReferralBinding : Entity
{
    private ReferralBinding()
    {
    }

    public Guid BuyerId { get; private set; }

    public Guid PromoterId { get; private set; }

    /// <summary>The promoter's user: cycle checks compare users.</summary>
    public Guid PromoterUserId { get; private set; }

    public DateTimeOffset BoundAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>The share that bound them; null for an invitation code.</summary>
    public Guid? SourceShareId { get; private set; }

    /// <summary>Bumped by every re-binding: the concurrency token.</summary>
    public int Version { get; private set; }

    public bool IsActive(DateTimeOffset now) => ExpiresAt is not { } expires || now < expires;

    public static ReferralBinding Bind(Guid buyerId, Promoter promoter, Guid? shareId, BindingRules rules, DateTimeOffset now) =>
        new ReferralBinding { BuyerId = buyerId }.To(promoter, shareId, rules, now);

    public void Rebind(Promoter promoter, Guid? shareId, BindingRules rules, DateTimeOffset now)
    {
        To(promoter, shareId, rules, now);
        Version++;
    }

    private ReferralBinding To(Promoter promoter, Guid? shareId, BindingRules rules, DateTimeOffset now)
    {
        if (promoter.UserId == BuyerId)
        {
            throw ReferralErrors.SelfReferral();
        }

        PromoterId = promoter.Id;
        PromoterUserId = promoter.UserId;
        SourceShareId = shareId;
        BoundAt = now;
        ExpiresAt = rules.ExpiresAt(now);
        return this;
    }
}
