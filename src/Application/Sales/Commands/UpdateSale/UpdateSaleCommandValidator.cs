using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Sales.Commands.UpdateSale;

internal sealed class UpdateSaleCommandValidator : AbstractValidator<UpdateSaleCommand>
{
    public UpdateSaleCommandValidator()
    {
        RuleFor(c => c.SaleId).NotEmpty();
        RuleFor(c => c.Title).SaleTitle();
        RuleFor(c => c.Price).PriceFen();
    }
}
