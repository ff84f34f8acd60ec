using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Campaigns.Commands.RunCampaign;

/// <summary>
/// Admins: runs an active scheduled campaign now, without waiting for its schedule: enrols its consenting segment members
/// not enrolled yet and acts on the treated ones. Returns how many users it enrolled (0 when everyone is enrolled already).
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record RunCampaignCommand(Guid CampaignId) : ICommand<int>;

internal sealed class RunCampaignCommandHandler(IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<RunCampaignCommand, int>
{
    public async ValueTask<int> Handle(RunCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException(nameof(Campaign), command.CampaignId);
        if (campaign.Status != CampaignStatus.Active)
        {
            throw CampaignErrors.NotActive();
        }

        if (!campaign.IsScheduled)
        {
            throw CampaignErrors.NotScheduled();
        }

        return await CampaignRuns.RunAsync(scopes, campaign.Id, clock.GetUtcNow(), cancellationToken);
    }
}
