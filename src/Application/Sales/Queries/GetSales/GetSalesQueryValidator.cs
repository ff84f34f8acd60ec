using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Sales.Queries.GetSales;

internal sealed class GetSalesQueryValidator : AbstractValidator<GetSalesQuery>
{
    public GetSalesQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<SaleDto>()).OverridePropertyName(string.Empty);
}
