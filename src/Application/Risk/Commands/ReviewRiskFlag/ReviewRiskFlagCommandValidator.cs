using FluentValidation;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Application.Risk.Commands.ReviewRiskFlag;

internal sealed class ReviewRiskFlagCommandValidator : AbstractValidator<ReviewRiskFlagCommand>
{
    public ReviewRiskFlagCommandValidator()
    {
        RuleFor(c => c.FlagId).NotEmpty();
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Note).NotNull().MaximumLength(RiskFlag.NoteLength);
    }
}
