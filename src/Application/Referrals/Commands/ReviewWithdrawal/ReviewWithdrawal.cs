using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Commands.ReviewWithdrawal;

/// <summary>Admins: approves a requested withdrawal for payout.</summary>
[RequiresRole(Role.Admin)]
public sealed record ApproveWithdrawalCommand(Guid WithdrawalId) : ICommand<WithdrawalDto>, IRetryOnConflict;

/// <summary>Admins: rejects an open withdrawal; its amount is valid (withdrawable) again.</summary>
[RequiresRole(Role.Admin)]
public sealed record RejectWithdrawalCommand(Guid WithdrawalId, string Reason) : ICommand<WithdrawalDto>, IRetryOnConflict;

/// <summary>
/// Admins: records that an approved withdrawal was paid outside the app (this issue has no transfer API), with the
/// operator's payout reference.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record MarkWithdrawalPaidCommand(Guid WithdrawalId, string Reference) : ICommand<WithdrawalDto>, IRetryOnConflict;

internal sealed class ReviewWithdrawalCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveWithdrawalCommand, WithdrawalDto>,
        ICommandHandler<RejectWithdrawalCommand, WithdrawalDto>,
        ICommandHandler<MarkWithdrawalPaidCommand, WithdrawalDto>
{
    public ValueTask<WithdrawalDto> Handle(ApproveWithdrawalCommand command, CancellationToken cancellationToken) =>
        ReviewAsync(command.WithdrawalId, (_, w, admin, now) =>
        {
            w.Approve(admin, now);
            return null;
        }, cancellationToken);

    public ValueTask<WithdrawalDto> Handle(RejectWithdrawalCommand command, CancellationToken cancellationToken) =>
        ReviewAsync(command.WithdrawalId, (p, w, admin, now) => p.Reject(w, admin, command.Reason, now), cancellationToken);

    public ValueTask<WithdrawalDto> Handle(MarkWithdrawalPaidCommand command, CancellationToken cancellationToken) =>
        ReviewAsync(command.WithdrawalId, (p, w, admin, now) => p.MarkPaid(w, admin, command.Reference, now), cancellationToken);

    private async ValueTask<WithdrawalDto> ReviewAsync(
        Guid withdrawalId, Func<Promoter, Withdrawal, Guid, DateTimeOffset, CommissionEntry?> review, CancellationToken cancellationToken)
    {
        var withdrawal = await db.Withdrawals.SingleOrDefaultAsync(w => w.Id == withdrawalId, cancellationToken)
            ?? throw new NotFoundException(nameof(Withdrawal), withdrawalId);
        var promoter = await db.Promoters.SingleAsync(p => p.Id == withdrawal.PromoterId, cancellationToken);
        if (review(promoter, withdrawal, user.RequiredId(), clock.GetUtcNow()) is { } entry)
        {
            db.CommissionEntries.Add(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
        return withdrawal.Adapt<WithdrawalDto>();
    }
}
