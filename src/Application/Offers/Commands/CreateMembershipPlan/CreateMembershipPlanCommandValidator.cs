using FluentValidation;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers.Commands.CreateMembershipPlan;

internal sealed class CreateMembershipPlanCommandValidator : AbstractValidator<CreateMembershipPlanCommand>
{
    public CreateMembershipPlanCommandValidator()
    {
        RuleFor(c => c.Title).OfferTitle();
        RuleFor(c => c.Description).OfferDescription();
        RuleFor(c => c.Price).OfferPriceFen();
        RuleFor(c => c.MembershipDays).InclusiveBetween(1, OfferLimits.MaxMembershipDays);
        RuleFor(c => c.CourseIds).OfferCourseIds();
        RuleFor(c => c.MemberDiscountPercent).InclusiveBetween(0, 99);
        RuleFor(c => c.Guardrails!).SetValidator(new PriceGuardrailsInputValidator()).When(c => c.Guardrails is not null);
    }
}
