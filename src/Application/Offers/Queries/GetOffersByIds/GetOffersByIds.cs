using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Queries.GetOffersByIds;

/// <summary>Bundles and plans by id, as far as the caller may see them (see <see cref="OfferVisibility"/>).</summary>
public sealed record GetOffersByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, OfferDto>>, IAllowAnonymous;

internal sealed class GetOffersByIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetOffersByIdsQuery, IReadOnlyDictionary<Guid, OfferDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, OfferDto>> Handle(GetOffersByIdsQuery query, CancellationToken cancellationToken) =>
        await (await db.VisibleOffersAsync(user, cancellationToken)).AsNoTracking()
            .Where(o => query.Ids.Contains(o.Id))
            .ProjectToType<OfferDto>()
            .ToDictionaryAsync(o => o.Id, cancellationToken);
}
