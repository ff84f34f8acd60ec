using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.RemoveCourseFromOffer;

internal sealed class RemoveCourseFromOfferCommandValidator : AbstractValidator<RemoveCourseFromOfferCommand>
{
    public RemoveCourseFromOfferCommandValidator()
    {
        RuleFor(c => c.OfferId).NotEmpty();
        RuleFor(c => c.CourseId).NotEmpty();
    }
}
