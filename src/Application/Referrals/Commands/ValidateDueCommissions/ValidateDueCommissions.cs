using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Commands.ValidateDueCommissions;

/// <summary>
/// System command for the sweeper: a batch of pending commissions whose refund window has passed become valid,
/// oldest first; returns how many. A refund or withdrawal saved meanwhile makes the save conflict on the promoter's or
/// commission's version, and the command runs again on what that change left.
/// </summary>
public sealed record ValidateDueCommissionsCommand(int BatchSize) : ICommand<int>, ISystemCommand, IRetryOnConflict;

internal sealed class ValidateDueCommissionsCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<ValidateDueCommissionsCommand, int>
{
    public async ValueTask<int> Handle(ValidateDueCommissionsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Commissions
            .Where(c => c.State == CommissionState.Pending && c.ValidAfter <= now)
            .OrderBy(c => c.ValidAfter).ThenBy(c => c.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var promoterIds = due.Select(c => c.PromoterId).Distinct().ToList();
        var promoters = await db.Promoters.Where(p => promoterIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var commission in due)
        {
            if (promoters[commission.PromoterId].Validate(commission, now) is { } entry)
            {
                db.CommissionEntries.Add(entry);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
