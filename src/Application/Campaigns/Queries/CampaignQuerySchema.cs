using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Campaigns;

namespace KnowledgePay.Application.Campaigns.Queries;

/// <summary>What the admins' campaign list may be filtered and sorted by.</summary>
public static class CampaignQuerySchema
{
    public static FilterSchema<Campaign> Filter { get; } = new FilterSchema<Campaign>("Campaign")
        .Field("status", c => c.Status, FilterValueKind.Enum, "Draft, active or ended.")
        .Field("action", c => c.Action, FilterValueKind.Enum, "Coupon, message or personal price.")
        .Field("trigger", c => c.Trigger, FilterValueKind.Enum, "Once, daily or an event.")
        .Field("createdAt", c => c.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Campaign> Sort { get; } = new SortSchema<Campaign>("Campaign")
        .Field("createdAt", c => c.CreatedAt, "Newest first with DESC.")
        .Field("name", c => c.Name);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
