using FluentValidation;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.Campaigns.Commands.DeliverDueCampaignActions;

internal sealed class DeliverDueCampaignActionsCommandValidator : AbstractValidator<DeliverDueCampaignActionsCommand>
{
    public DeliverDueCampaignActionsCommandValidator() => RuleFor(c => c.BatchSize).BatchSize();
}
