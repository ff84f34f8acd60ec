using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Queries.GetOrder;

/// <summary>One order with its refunds, for its buyer or an admin; null for anyone else, as for a missing one.</summary>
public sealed record GetOrderQuery(Guid OrderId) : IQuery<OrderDto?>;

internal sealed class GetOrderQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetOrderQuery, OrderDto?>
{
    public async ValueTask<OrderDto?> Handle(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.Id == query.OrderId);
        if (!user.IsInRole(Role.Admin))
        {
            var userId = user.RequiredId();
            orders = orders.Where(o => o.UserId == userId);
        }

        return (await orders.ProjectToType<OrderDto>().SingleOrDefaultAsync(cancellationToken))?.VisibleTo(user);
    }
}
