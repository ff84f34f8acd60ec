using FluentValidation;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.Sales.Commands;

/// <summary>Shape rules shared by the sale commands' validators; the sale itself checks the window, price and stock.</summary>
internal static class SaleRules
{
    public static IRuleBuilderOptions<T, string> SaleTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(SaleLimits.TitleLength);
}
