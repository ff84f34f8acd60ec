using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.PaymentMethods.Queries.GetPurchaseOptions;

/// <summary>How the viewer may buy on the platform they are on; anyone may ask (the catalogue shows it to visitors too).</summary>
public sealed record GetPurchaseOptionsQuery : IQuery<PurchaseOptionsDto>, IAllowAnonymous;

internal sealed class GetPurchaseOptionsQueryHandler(PaymentMethodPolicy policy) : IQueryHandler<GetPurchaseOptionsQuery, PurchaseOptionsDto>
{
    public ValueTask<PurchaseOptionsDto> Handle(GetPurchaseOptionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(policy.Options());
}
