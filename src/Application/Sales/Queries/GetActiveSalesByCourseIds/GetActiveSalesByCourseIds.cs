using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Domain.Offers;
using Mediator;

namespace KnowledgePay.Application.Sales.Queries.GetActiveSalesByCourseIds;

/// <summary>
/// The sale the caller (anyone, signed in or not) gets on each course now, for a countdown; courses without one are left
/// out, and every course when the caller's platform hides prices.
/// </summary>
public sealed record GetActiveSalesByCourseIdsQuery(IReadOnlyCollection<Guid> Ids)
    : IQuery<IReadOnlyDictionary<Guid, ActiveSaleDto>>, IAllowAnonymous;

internal sealed class GetActiveSalesByCourseIdsQueryHandler(
    IApplicationDbContext db, ICurrentUser user, PaymentMethodPolicy methods, TimeProvider clock)
    : IQueryHandler<GetActiveSalesByCourseIdsQuery, IReadOnlyDictionary<Guid, ActiveSaleDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, ActiveSaleDto>> Handle(
        GetActiveSalesByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        if (methods.PricesHidden)
        {
            return new Dictionary<Guid, ActiveSaleDto>();
        }

        var sales = await db.BestForAsync([.. query.Ids.Select(OfferRef.ForCourse)], user.Id, clock.GetUtcNow(), cancellationToken);
        return sales.Values.ToDictionary(
            s => s.OfferId, s => new ActiveSaleDto(s.Id, s.Kind, s.Title, s.PriceFen, s.EndsAt, s.Stock - s.Sold));
    }
}
