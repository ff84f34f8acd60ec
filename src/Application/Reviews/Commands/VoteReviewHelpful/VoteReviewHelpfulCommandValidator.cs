using FluentValidation;

namespace KnowledgePay.Application.Reviews.Commands.VoteReviewHelpful;

internal sealed class VoteReviewHelpfulCommandValidator : AbstractValidator<VoteReviewHelpfulCommand>
{
    public VoteReviewHelpfulCommandValidator() => RuleFor(c => c.ReviewId).NotEmpty();
}
