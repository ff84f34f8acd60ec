using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Queries;

/// <summary>What order lists may be filtered and sorted by: the learner's own, and the admins' view of all.</summary>
public static class OrderQuerySchema
{
    public static FilterSchema<Order> MyOrdersFilter { get; } = OrderFields("MyOrder");

    public static FilterSchema<Order> Filter { get; } = OrderFields("Order")
        .Field("needsReview", o => o.NeedsReview, FilterValueKind.Boolean, "Waiting for an operator.")
        .Field("userId", o => o.UserId, FilterValueKind.Id, "The buyer.");

    public static SortSchema<Order> Sort { get; } = new SortSchema<Order>("Order")
        .Field("createdAt", o => o.CreatedAt, "Newest first with DESC.")
        .Field("amount", o => o.Total.AmountFen);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];

    private static FilterSchema<Order> OrderFields(string typeName) => new FilterSchema<Order>(typeName)
        .Field("status", o => o.Status, FilterValueKind.Enum, "Pending, paid, partially refunded, refunded or closed.")
        .Field("createdAt", o => o.CreatedAt, FilterValueKind.DateTime);
}
