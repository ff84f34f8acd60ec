using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.PaymentMethods;
using Mediator;

namespace KnowledgePay.Application.Pricing.Queries.GetCoursePrices;

/// <summary>
/// What each course costs the caller alone now (list, sale and member prices, guardrails), for course pages and lists;
/// courses not on sale are left out, and every course when the viewer's platform hides prices.
/// </summary>
public sealed record GetCoursePricesQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, LinePriceDto>>, IAllowAnonymous;

internal sealed class GetCoursePricesQueryHandler(Pricer pricer, PaymentMethodPolicy methods, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCoursePricesQuery, IReadOnlyDictionary<Guid, LinePriceDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, LinePriceDto>> Handle(GetCoursePricesQuery query, CancellationToken cancellationToken)
    {
        if (methods.PricesHidden)
        {
            return new Dictionary<Guid, LinePriceDto>();
        }

        var prices = await pricer.PriceCoursesAsync(user.Id, query.CourseIds, clock.GetUtcNow(), cancellationToken);
        return prices.ToDictionary(p => p.Key, p => LinePriceDto.From(p.Value));
    }
}
