using FluentValidation;

namespace KnowledgePay.Application.Offers.Commands.AddCourseToOffer;

internal sealed class AddCourseToOfferCommandValidator : AbstractValidator<AddCourseToOfferCommand>
{
    public AddCourseToOfferCommandValidator()
    {
        RuleFor(c => c.OfferId).NotEmpty();
        RuleFor(c => c.CourseId).NotEmpty();
    }
}
