using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Queries.GetOrders;

/// <summary>Every order, newest first unless ordered otherwise; filters by status, review flag, buyer, course and date.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetOrdersQuery(QueryContext<OrderDto> Context) : IQuery<Page<OrderDto>>;

internal sealed class GetOrdersQueryHandler(IApplicationDbContext db) : IQueryHandler<GetOrdersQuery, Page<OrderDto>>
{
    public async ValueTask<Page<OrderDto>> Handle(GetOrdersQuery query, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().ToPageAsync(
            query.Context, OrderQuerySchema.Filter, OrderQuerySchema.Sort, OrderQuerySchema.DefaultOrder, cancellationToken);
}
