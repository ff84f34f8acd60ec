using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.RepriceOffer;

internal sealed class RepriceOfferCommandValidator : AbstractValidator<RepriceOfferCommand>
{
    public RepriceOfferCommandValidator()
    {
        RuleFor(c => c.OfferId).NotEmpty();
        RuleFor(c => c.Price).OfferPriceFen();
        RuleFor(c => c.Guardrails!).SetValidator(new PriceGuardrailsInputValidator()).When(c => c.Guardrails is not null);
    }
}
