using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales.Queries.GetSales;

/// <summary>Every sale, past, running and scheduled, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSalesQuery(QueryContext<SaleDto> Context) : IQuery<Page<SaleDto>>;

internal sealed class GetSalesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSalesQuery, Page<SaleDto>>
{
    public async ValueTask<Page<SaleDto>> Handle(GetSalesQuery query, CancellationToken cancellationToken) =>
        await db.Sales.AsNoTracking().ToPageAsync(
            query.Context, SaleQuerySchema.Filter, SaleQuerySchema.Sort, SaleQuerySchema.DefaultOrder, cancellationToken);
}
