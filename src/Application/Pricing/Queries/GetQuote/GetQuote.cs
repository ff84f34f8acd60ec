using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.PaymentMethods;
using Mediator;

namespace KnowledgePay.Application.Pricing.Queries.GetQuote;

/// <summary>
/// What a cart would cost the caller now, step by step; <c>createOrder</c> with the same lines and coupon charges exactly
/// this total. Anyone may ask; member prices, owned courses and coupons need a signed-in caller. A platform whose prices are
/// hidden gets <see cref="Domain.Orders.OrderErrors.PurchaseNotOffered"/>.
/// </summary>
/// <param name="GroupBuy">Price the one line in a group (拼团) of a deal, as <c>createOrder</c> would.</param>
public sealed record GetQuoteQuery(IReadOnlyList<LineRequest> Lines, string? CouponCode, GroupBuyRequest? GroupBuy = null)
    : IQuery<QuoteDto>, IAllowAnonymous;

internal sealed class GetQuoteQueryHandler(Pricer pricer, PaymentMethodPolicy methods, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetQuoteQuery, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(GetQuoteQuery query, CancellationToken cancellationToken)
    {
        methods.EnsurePricesShown();
        return QuoteDto.From(await pricer.QuoteAsync(user.Id, query.Lines, query.CouponCode, clock.GetUtcNow(), cancellationToken, query.GroupBuy));
    }
}
