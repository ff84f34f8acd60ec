using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging.Queries;

/// <summary>What the admins' message log may be filtered and sorted by.</summary>
public static class SubscriptionMessageQuerySchema
{
    public static FilterSchema<SubscriptionMessage> Filter { get; } = new FilterSchema<SubscriptionMessage>("SubscriptionMessage")
        .Field("userId", m => m.UserId, FilterValueKind.Id, "Messages to this user.")
        .Field("template", m => m.Template, FilterValueKind.Enum, "ORDER_PAID, REFUND_COMPLETED, MEMBERSHIP_EXPIRING, GROUP_BUY_COMPLETED or CAMPAIGN_OFFER.")
        .Field("status", m => m.Status, FilterValueKind.Enum, "SENT, NO_GRANT, REFUSED, INVALID, DISABLED, FAILED, or PENDING / SENDING while in flight.")
        .Field("createdAt", m => m.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<SubscriptionMessage> Sort { get; } = new SortSchema<SubscriptionMessage>("SubscriptionMessage")
        .Field("createdAt", m => m.CreatedAt, "Newest first with DESC.");

    public static IReadOnlyList<SortField> NewestFirst { get; } = [new("createdAt", SortDirection.Descending)];
}
