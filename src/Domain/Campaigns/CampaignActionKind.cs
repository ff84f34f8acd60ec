namespace KnowledgePay.Domain.Campaigns;

/// <summary>What a campaign does for each treated user.</summary>
public enum CampaignActionKind
{
    /// <summary>Hands the user a copy of a coupon (the coupons feature issues it).</summary>
    IssueCoupon,

    /// <summary>Asks for a subscription message (订阅消息) with the campaign-offer template.</summary>
    SendMessage,

    /// <summary>Offers the user alone a lower price for one course or offer, for some days.</summary>
    OfferPersonalPrice,
}
