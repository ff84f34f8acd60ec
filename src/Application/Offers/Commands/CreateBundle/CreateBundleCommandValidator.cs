using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.CreateBundle;

internal sealed class CreateBundleCommandValidator : AbstractValidator<CreateBundleCommand>
{
    public CreateBundleCommandValidator()
    {
        RuleFor(c => c.Title).OfferTitle();
        RuleFor(c => c.Description).OfferDescription();
        RuleFor(c => c.Price).OfferPriceFen();
        RuleFor(c => c.CourseIds).OfferCourseIds();
        RuleFor(c => c.Guardrails!).SetValidator(new PriceGuardrailsInputValidator()).When(c => c.Guardrails is not null);
    }
}
