using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands.UpdateCampaign;

/// <summary>Admins: replaces a draft campaign's definition.</summary>
[RequiresRole(Role.Admin)]
public sealed record UpdateCampaignCommand(Guid CampaignId, CampaignDefinition Campaign) : ICommand<CampaignDto>;

internal sealed class UpdateCampaignCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(UpdateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException(nameof(Campaign), command.CampaignId);
        campaign.Redefine(command.Campaign, await db.CheckedAsync(command.Campaign, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Adapt<CampaignDto>();
    }
}
