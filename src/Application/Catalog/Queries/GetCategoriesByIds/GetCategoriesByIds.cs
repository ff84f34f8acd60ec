using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCategoriesByIds;

public sealed record GetCategoriesByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CategoryDto>>, IAllowAnonymous;

internal sealed class GetCategoriesByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCategoriesByIdsQuery, IReadOnlyDictionary<Guid, CategoryDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CategoryDto>> Handle(
        GetCategoriesByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .Where(c => query.Ids.Contains(c.Id))
            .ProjectToType<CategoryDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
