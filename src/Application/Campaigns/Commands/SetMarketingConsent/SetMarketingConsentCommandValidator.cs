using FluentValidation;
using KnowledgePay.Domain.Campaigns;

namespace KnowledgePay.Application.Campaigns.Commands.SetMarketingConsent;

internal sealed class SetMarketingConsentCommandValidator : AbstractValidator<SetMarketingConsentCommand>
{
    public SetMarketingConsentCommandValidator() =>
        RuleFor(c => c.Source).NotEmpty().MaximumLength(CampaignLimits.ConsentSourceLength);
}
