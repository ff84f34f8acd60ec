using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTags;

public sealed record GetTagsQuery(QueryContext<TagDto> Context) : IQuery<Page<TagDto>>, IAllowAnonymous;

internal sealed class GetTagsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetTagsQuery, Page<TagDto>>
{
    public async ValueTask<Page<TagDto>> Handle(GetTagsQuery query, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().ToPageAsync(
            query.Context, TagQuerySchema.Filter, TagQuerySchema.Sort, TagQuerySchema.DefaultOrder, cancellationToken);
}
