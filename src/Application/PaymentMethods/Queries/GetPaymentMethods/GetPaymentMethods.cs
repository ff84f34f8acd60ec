using KnowledgePay.Domain.Orders;
using Mediator;

namespace KnowledgePay.Application.PaymentMethods.Queries.GetPaymentMethods;

/// <summary>The methods the signed-in buyer may pay with on their platform, for the mini program's pay sheet.</summary>
public sealed record GetPaymentMethodsQuery : IQuery<IReadOnlyList<PaymentChannel>>;

internal sealed class GetPaymentMethodsQueryHandler(PaymentMethodPolicy policy) : IQueryHandler<GetPaymentMethodsQuery, IReadOnlyList<PaymentChannel>>
{
    public ValueTask<IReadOnlyList<PaymentChannel>> Handle(GetPaymentMethodsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(policy.AllowedMethods());
}
