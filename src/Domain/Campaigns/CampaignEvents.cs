using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>A campaign's treated user is to get a copy of <paramref name="CouponId"/>; the coupons feature issues it, once per campaign and user.</summary>
public sealed record CampaignCouponRequestedEvent(Guid CampaignId, Guid UserId, Guid CouponId) : IDomainEvent;

/// <summary>A learner gave or withdrew marketing consent.</summary>
public sealed record MarketingConsentChangedEvent(Guid UserId, bool Granted, string Source) : IDomainEvent;
