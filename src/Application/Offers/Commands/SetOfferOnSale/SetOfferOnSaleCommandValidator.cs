using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.SetOfferOnSale;

internal sealed class SetOfferOnSaleCommandValidator : AbstractValidator<SetOfferOnSaleCommand>
{
    public SetOfferOnSaleCommandValidator() => RuleFor(c => c.OfferId).NotEmpty();
}
