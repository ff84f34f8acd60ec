using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Queries.GetOffers;

/// <summary>Bundles and plans on sale or not: every offer for an admin, a creator's own bundles. Newest first.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record GetOffersQuery(QueryContext<OfferDto> Context) : IQuery<Page<OfferDto>>;

internal sealed class GetOffersQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetOffersQuery, Page<OfferDto>>
{
    public async ValueTask<Page<OfferDto>> Handle(GetOffersQuery query, CancellationToken cancellationToken)
    {
        var offers = db.Offers.AsNoTracking();
        if (!user.IsInRole(Role.Admin))
        {
            var creatorId = await db.OwnCreatorIdAsync(user, cancellationToken);
            offers = offers.Where(o => o.CreatorId == creatorId);
        }

        return await offers.ToPageAsync(
            query.Context, OfferQuerySchema.Filter, OfferQuerySchema.Sort, OfferQuerySchema.DefaultOrder, cancellationToken);
    }
}
