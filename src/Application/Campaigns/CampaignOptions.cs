namespace KnowledgePay.Application.Campaigns;

/// <summary>Section <c>Campaigns</c>: the operator's time zone, in which campaigns' quiet hours are read.</summary>
public sealed class CampaignOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>An IANA time zone id.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
