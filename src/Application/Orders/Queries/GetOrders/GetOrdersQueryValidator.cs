using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Orders.Queries.GetOrders;

internal sealed class GetOrdersQueryValidator : AbstractValidator<GetOrdersQuery>
{
    public GetOrdersQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<OrderDto>()).OverridePropertyName(string.Empty);
}
