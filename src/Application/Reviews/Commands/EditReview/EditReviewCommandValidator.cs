using FluentValidation;

namespace KnowledgePay.Application.Reviews.Commands.EditReview;

internal sealed class EditReviewCommandValidator : AbstractValidator<EditReviewCommand>
{
    public EditReviewCommandValidator() => RuleFor(c => c.ReviewId).NotEmpty();
}
