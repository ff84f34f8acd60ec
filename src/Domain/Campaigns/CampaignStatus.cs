namespace KnowledgePay.Domain.Campaigns;

/// <summary>Draft (editable, reaches no one) → active (enrols and acts) → ended (enrols no more; results stay).</summary>
public enum CampaignStatus
{
    Draft,
    Active,
    Ended,
}
