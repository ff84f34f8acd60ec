using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCreatorsByIds;

public sealed record GetCreatorsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CreatorDto>>, IAllowAnonymous;

internal sealed class GetCreatorsByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCreatorsByIdsQuery, IReadOnlyDictionary<Guid, CreatorDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CreatorDto>> Handle(
        GetCreatorsByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Creators.AsNoTracking()
            .Where(c => query.Ids.Contains(c.Id))
            .ProjectToType<CreatorDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
