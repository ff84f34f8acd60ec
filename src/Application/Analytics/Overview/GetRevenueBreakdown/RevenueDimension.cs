namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>What revenue is split by: each paid order line falls in exactly one group of each dimension.</summary>
public enum RevenueDimension
{
    /// <summary>The category of the line's course; bundles and memberships form a group of their own.</summary>
    Category,

    /// <summary>The creator of the line's course; bundles and memberships form a group of their own.</summary>
    Creator,

    /// <summary>What the line sells: a course, a bundle or a membership.</summary>
    OfferKind,

    /// <summary>How the buyer came: a campaign, a shared link or referral, or on their own.</summary>
    Channel,

    /// <summary>How the order was paid.</summary>
    PaymentMethod,
}
