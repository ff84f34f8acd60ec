using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCreators;

public sealed record GetCreatorsQuery(QueryContext<CreatorDto> Context) : IQuery<Page<CreatorDto>>, IAllowAnonymous;

internal sealed class GetCreatorsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCreatorsQuery, Page<CreatorDto>>
{
    public async ValueTask<Page<CreatorDto>> Handle(GetCreatorsQuery query, CancellationToken cancellationToken) =>
        await db.Creators.AsNoTracking().ToPageAsync(
            query.Context, CreatorQuerySchema.Filter, CreatorQuerySchema.Sort, CreatorQuerySchema.DefaultOrder, cancellationToken);
}
