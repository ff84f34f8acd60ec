using GraphQL.Types;
using KnowledgePay.Domain.Campaigns;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class CampaignStatusGraphType : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusGraphType()
    {
        Name = "CampaignStatus";
        Description = "Draft (editable, reaches no one), active (enrols and acts) or ended (results stay).";
    }
}

internal sealed class CampaignActionKindGraphType : EnumerationGraphType<CampaignActionKind>
{
    public CampaignActionKindGraphType()
    {
        Name = "CampaignAction";
        Description = "What a campaign does for each treated user: issue a coupon, send a subscription message, or offer a personal price.";
    }
}

internal sealed class CampaignTriggerGraphType : EnumerationGraphType<CampaignTrigger>
{
    public CampaignTriggerGraphType()
    {
        Name = "CampaignTrigger";
        Description = "When it enrols: once or daily from runAt, or when a member viewed a course without buying it, or nears a membership's expiry.";
    }
}
