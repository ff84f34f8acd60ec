using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Campaigns.Commands.RunDueCampaigns;

/// <summary>
/// System command for the campaign sweep: runs every active scheduled campaign whose time has come and moves its
/// schedule on (a one-off is done, a daily one is due again a day later). The schedule moves first, under the campaign's
/// version, so of two sweepers only one runs it; a run cut short is finished by the next day's run or by runCampaign.
/// Returns how many users were enrolled.
/// </summary>
public sealed record RunDueCampaignsCommand : ICommand<int>, ISystemCommand;

internal sealed class RunDueCampaignsCommandHandler(IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<RunDueCampaignsCommand, int>
{
    public async ValueTask<int> Handle(RunDueCampaignsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Active && c.NextRunAt != null && c.NextRunAt <= now)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var enrolled = 0;
        foreach (var campaignId in due)
        {
            bool claimed;
            try
            {
                claimed = await scopes.RunAsync(services => ClaimRunAsync(services, campaignId, now, cancellationToken), cancellationToken, maxAttempts: 1);
            }
            catch (ConflictException)
            {
                claimed = false;
            }

            if (!claimed)
            {
                continue;
            }

            enrolled += await CampaignRuns.RunAsync(scopes, campaignId, now, cancellationToken);
        }

        return enrolled;
    }

    private static async Task<bool> ClaimRunAsync(IServiceProvider services, Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IApplicationDbContext>();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        if (!campaign.Ran(now))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
