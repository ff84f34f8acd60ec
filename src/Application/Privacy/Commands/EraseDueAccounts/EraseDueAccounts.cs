using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;

/// <summary>
/// System command for the privacy sweep: erases a batch of accounts whose deletion has cooled off. Each erasure is one
/// save: completing the request raises <see cref="AccountErasedEvent"/>, whose in-transaction handlers erase every
/// feature's rows with it. Idempotent and safe on several instances: the request's status is a concurrency token, so of
/// two sweepers (or a sweeper and the user's cancel) only one leaves Pending; the other's whole erasure rolls back.
/// Returns how many accounts were erased.
/// </summary>
public sealed record EraseDueAccountsCommand(int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class EraseDueAccountsCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<EraseDueAccountsCommand, int>
{
    public async ValueTask<int> Handle(EraseDueAccountsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Status == PrivacyRequestStatus.Pending && r.Kind == PrivacyRequestKind.AccountDeletion && r.ErasableAt <= now)
            .OrderBy(r => r.ErasableAt)
            .Select(r => r.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var requestId in due)
        {
            var request = await db.PrivacyRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
            if (!request.IsPending)
            {
                continue;
            }

            request.Complete(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                erased++;
            }
            catch (ConflictException)
            {
                // Cancelled or erased by another sweeper meanwhile: nothing of this attempt was saved.
            }
        }

        return erased;
    }
}
