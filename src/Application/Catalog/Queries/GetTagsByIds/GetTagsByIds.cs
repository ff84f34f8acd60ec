using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTagsByIds;

public sealed record GetTagsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, TagDto>>, IAllowAnonymous;

internal sealed class GetTagsByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetTagsByIdsQuery, IReadOnlyDictionary<Guid, TagDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, TagDto>> Handle(
        GetTagsByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking()
            .Where(t => query.Ids.Contains(t.Id))
            .ProjectToType<TagDto>()
            .ToDictionaryAsync(t => t.Id, cancellationToken);
}
