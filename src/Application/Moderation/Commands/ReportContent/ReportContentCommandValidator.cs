using FluentValidation;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation.Commands.ReportContent;

internal sealed class ReportContentCommandValidator : AbstractValidator<ReportContentCommand>
{
    public ReportContentCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.ContentId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(ModerationLimits.ReportReasonLength);
    }
}
