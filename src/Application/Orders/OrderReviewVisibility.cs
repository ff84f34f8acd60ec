using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Orders;

/// <summary>The review flag and the shipping record are for operators: anyone else, the buyer included, reads orders without them.</summary>
internal static class OrderReviewVisibility
{
    public static OrderDto VisibleTo(this OrderDto order, ICurrentUser user) =>
        user.IsInRole(Role.Admin) ? order : order with { NeedsReview = null, ReviewReason = null, ShippingRecordedAt = null };

    public static Page<OrderDto> VisibleTo(this Page<OrderDto> page, ICurrentUser user) =>
        user.IsInRole(Role.Admin) ? page : page with { Edges = [.. page.Edges.Select(edge => edge with { Node = edge.Node.VisibleTo(user) })] };
}
