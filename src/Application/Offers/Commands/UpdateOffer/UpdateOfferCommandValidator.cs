using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.UpdateOffer;

internal sealed class UpdateOfferCommandValidator : AbstractValidator<UpdateOfferCommand>
{
    public UpdateOfferCommandValidator()
    {
        RuleFor(c => c.OfferId).NotEmpty();
        RuleFor(c => c.Title).OfferTitle();
        RuleFor(c => c.Description).OfferDescription();
    }
}
