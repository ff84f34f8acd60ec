using FluentValidation;

namespace KnowledgePay.Application.Reviews.Commands.ReplyToReview;

internal sealed class ReplyToReviewCommandValidator : AbstractValidator<ReplyToReviewCommand>
{
    public ReplyToReviewCommandValidator() => RuleFor(c => c.ReviewId).NotEmpty();
}
