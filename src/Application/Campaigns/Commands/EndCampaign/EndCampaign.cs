using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands.EndCampaign;

/// <summary>Admins: stops an active campaign; actions deferred past quiet hours are dropped, its results stay.</summary>
[RequiresRole(Role.Admin)]
public sealed record EndCampaignCommand(Guid CampaignId) : ICommand<CampaignDto>;

internal sealed class EndCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<EndCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(EndCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException(nameof(Campaign), command.CampaignId);
        campaign.End(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Adapt<CampaignDto>();
    }
}
