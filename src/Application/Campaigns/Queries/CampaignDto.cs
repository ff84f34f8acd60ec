using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Campaigns.Queries;

public sealed record CampaignDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public Guid SegmentId { get; init; }

    public CampaignActionKind Action { get; init; }

    public Guid? CouponId { get; init; }

    public string? MessageTitle { get; init; }

    public string? MessageNote { get; init; }

    public string? MessagePage { get; init; }

    public OfferKind? OfferKind { get; init; }

    public Guid? OfferId { get; init; }

    public long? PersonalPriceFen { get; init; }

    public int? OfferValidDays { get; init; }

    public CampaignTrigger Trigger { get; init; }

    public DateTimeOffset? RunAt { get; init; }

    public DateTimeOffset? NextRunAt { get; init; }

    public double HoldoutShare { get; init; }

    public int FrequencyCapActions { get; init; }

    public int FrequencyCapDays { get; init; }

    public int QuietHoursStart { get; init; }

    public int QuietHoursEnd { get; init; }

    public int ConversionWindowDays { get; init; }

    public CampaignStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ActivatedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}
