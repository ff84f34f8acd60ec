using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Orders.Queries.GetMyOrders;

internal sealed class GetMyOrdersQueryValidator : AbstractValidator<GetMyOrdersQuery>
{
    public GetMyOrdersQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<OrderDto>()).OverridePropertyName(string.Empty);
}
