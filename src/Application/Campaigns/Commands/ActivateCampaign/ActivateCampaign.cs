using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands.ActivateCampaign;

/// <summary>Admins: starts a draft campaign; a scheduled one runs at its runAt, a triggered one waits for its events.</summary>
[RequiresRole(Role.Admin)]
public sealed record ActivateCampaignCommand(Guid CampaignId) : ICommand<CampaignDto>;

internal sealed class ActivateCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ActivateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(ActivateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException(nameof(Campaign), command.CampaignId);
        campaign.Activate(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Adapt<CampaignDto>();
    }
}
