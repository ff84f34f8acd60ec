using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// A price a campaign offers one user for one course or offer, from <see cref="ValidFrom"/> until <see cref="ValidUntil"/>.
/// The pricing engine takes it as a personal-price step, within the offer's guardrails, for quotes and orders alike.
/// </summary>
public sealed class PersonalOffer : Entity
{
    private PersonalOffer()
    {
    }

    public Guid CampaignId { get; private set; }

    public Guid UserId { get; private set; }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public long PriceFen { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset ValidUntil { get; private set; }

    internal static PersonalOffer Grant(Guid campaignId, Guid userId, OfferRef offer, long priceFen, int days, DateTimeOffset now) =>
        new()
        {
            CampaignId = campaignId,
            UserId = userId,
            OfferKind = offer.Kind,
            OfferId = offer.Id,
            PriceFen = priceFen,
            ValidFrom = now,
            ValidUntil = now.AddDays(days),
        };
}
