using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Orders;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>Loading orders for a change (the whole aggregate, refunds included) and reading them back.</summary>
internal static class OrderLoading
{
    public static async Task<Order> OrderAsync(this IApplicationDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        await db.Orders.Include(o => o.Refunds).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
        ?? throw new NotFoundException(nameof(Order), orderId);

    /// <summary>The order, when it is the caller's own.</summary>
    public static async Task<Order> OwnOrderAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(orderId, cancellationToken);
        return order.UserId == user.RequiredId() ? order : throw new ForbiddenAccessException();
    }

    /// <summary>The order as <paramref name="user"/> may read it (see <see cref="OrderReviewVisibility"/>).</summary>
    public static async Task<OrderDto> OrderDtoAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid orderId, CancellationToken cancellationToken) =>
        (await db.Orders.AsNoTracking().Where(o => o.Id == orderId).ProjectToType<OrderDto>().SingleAsync(cancellationToken))
        .VisibleTo(user);
}
