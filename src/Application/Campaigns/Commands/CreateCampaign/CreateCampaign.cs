using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Campaigns.Commands.CreateCampaign;

/// <summary>Admins: defines a campaign as a draft, which reaches no one until activated.</summary>
[RequiresRole(Role.Admin)]
public sealed record CreateCampaignCommand(CampaignDefinition Campaign) : ICommand<CampaignDto>;

internal sealed class CreateCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Draft(command.Campaign, await db.CheckedAsync(command.Campaign, cancellationToken), clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Adapt<CampaignDto>();
    }
}
