using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands.DeliverDueCampaignActions;

/// <summary>
/// System command for the campaign sweep: acts on a batch of treated users whose action waited for the end of quiet
/// hours, checking consent and the frequency cap again as of now. A batch that loses a race to another sweeper (the
/// enrolments' versions) is left for the next round. Returns how many were delivered.
/// </summary>
public sealed record DeliverDueCampaignActionsCommand(int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class DeliverDueCampaignActionsCommandHandler(IApplicationDbContext db, CampaignEnrolling enrolling, TimeProvider clock)
    : ICommandHandler<DeliverDueCampaignActionsCommand, int>
{
    public async ValueTask<int> Handle(DeliverDueCampaignActionsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.CampaignEnrolments
            .Where(e => e.Status == CampaignEnrolmentStatus.Deferred && e.DueAt <= now)
            .OrderBy(e => e.DueAt)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var campaignIds = due.Select(e => e.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToListAsync(cancellationToken);
        await enrolling.ActAsync(due, campaigns, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Another sweeper acted on some of them; the next round reads what is left.
            return 0;
        }

        return due.Count(e => e.Status == CampaignEnrolmentStatus.Delivered);
    }
}
