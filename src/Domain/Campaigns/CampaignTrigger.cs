namespace KnowledgePay.Domain.Campaigns;

/// <summary>When a campaign enrols its segment: on a schedule (once, or every day), or when an event on the spine happens to a member.</summary>
public enum CampaignTrigger
{
    /// <summary>Once, at <see cref="Campaign.RunAt"/>.</summary>
    Once,

    /// <summary>Every day from <see cref="Campaign.RunAt"/>, enrolling the members not yet enrolled.</summary>
    Daily,

    /// <summary>A member viewed a course and did not buy it within the configured hours.</summary>
    ViewedWithoutPurchase,

    /// <summary>A member's membership comes within the notice period of its expiry.</summary>
    MembershipExpiring,
}
