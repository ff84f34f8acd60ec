using FluentValidation;
using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging.Commands.ReportSubscriptionGrants;

internal sealed class ReportSubscriptionGrantsCommandValidator : AbstractValidator<ReportSubscriptionGrantsCommand>
{
    public ReportSubscriptionGrantsCommandValidator()
    {
        RuleFor(c => c.Results).NotEmpty().Must(r => r.Count <= MessagingLimits.MaxResultsPerReport)
            .WithMessage($"Report at most {MessagingLimits.MaxResultsPerReport} results at a time.");
        RuleForEach(c => c.Results).ChildRules(result =>
        {
            result.RuleFor(r => r.TemplateId).NotEmpty().MaximumLength(MessagingLimits.TemplateIdLength);
            result.RuleFor(r => r.Status).IsInEnum();
        });
    }
}
