using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Queries.GetMyOrders;

/// <summary>The caller's orders, newest first (keyset paged).</summary>
public sealed record GetMyOrdersQuery(QueryContext<OrderDto> Context) : IQuery<Page<OrderDto>>;

internal sealed class GetMyOrdersQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyOrdersQuery, Page<OrderDto>>
{
    public async ValueTask<Page<OrderDto>> Handle(GetMyOrdersQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var page = await db.Orders.AsNoTracking().Where(o => o.UserId == userId).ToPageAsync(
            query.Context, OrderQuerySchema.MyOrdersFilter, OrderQuerySchema.Sort, OrderQuerySchema.DefaultOrder, cancellationToken);
        return page.VisibleTo(user);
    }
}
