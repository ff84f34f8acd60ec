using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Pricing.Queries.GetCoursePrices;

/// <summary>
/// What each course costs the caller alone now (list, sale and member prices, guardrails), for course pages and lists;
/// courses not on sale are left out.
/// </summary>
public sealed record GetCoursePricesQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, LinePriceDto>>, IAllowAnonymous;

internal sealed class GetCoursePricesQueryHandler(Pricer pricer, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCoursePricesQuery, IReadOnlyDictionary<Guid, LinePriceDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, LinePriceDto>> Handle(GetCoursePricesQuery query, CancellationToken cancellationToken)
    {
        var prices = await pricer.PriceCoursesAsync(user.Id, query.CourseIds, clock.GetUtcNow(), cancellationToken);
        return prices.ToDictionary(p => p.Key, p => LinePriceDto.From(p.Value));
    }
}
