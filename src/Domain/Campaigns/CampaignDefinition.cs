using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// A campaign's whole definition as an operator writes it. The action's own fields: <see cref="CouponId"/> for a coupon;
/// <see cref="MessageTitle"/>, <see cref="MessageNote"/> and <see cref="MessagePage"/> for a message; <see cref="PersonalOffer"/>,
/// <see cref="PersonalPriceFen"/> and <see cref="OfferValidDays"/> for a personal price. Quiet hours are whole local hours
/// (start inclusive, end exclusive, may wrap midnight) in the operator's time zone.
/// </summary>
public sealed record CampaignDefinition(
    string Name,
    Guid SegmentId,
    CampaignActionKind Action,
    CampaignTrigger Trigger,
    DateTimeOffset? RunAt,
    double? HoldoutShare,
    int FrequencyCapActions,
    int FrequencyCapDays,
    int QuietHoursStart,
    int QuietHoursEnd,
    int ConversionWindowDays,
    Guid? CouponId = null,
    string? MessageTitle = null,
    string? MessageNote = null,
    string? MessagePage = null,
    Guid? PersonalCourseId = null,
    Guid? PersonalOfferId = null,
    long? PersonalPriceFen = null,
    int? OfferValidDays = null);

/// <summary>The offer a personal price is for, what it costs and may be discounted to, read by the caller from the catalogue.</summary>
public sealed record PersonalPriceBounds(OfferRef Offer, long ListFen, PriceGuardrails Guardrails);
