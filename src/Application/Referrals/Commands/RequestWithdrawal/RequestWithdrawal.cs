using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Domain.Referrals;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Commands.RequestWithdrawal;

/// <summary>
/// An approved promoter asks to be paid <see cref="AmountFen"/> of their valid commission, which is held at once.
/// Never more than is valid: of two concurrent requests the loser's save conflicts on the promoter's version and its
/// retry reads what the winner left. The same idempotency key always means the same withdrawal.
/// </summary>
public sealed record RequestWithdrawalCommand(long AmountFen, string IdempotencyKey) : ICommand<WithdrawalDto>, IRetryOnConflict;

internal sealed class RequestWithdrawalCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RequestWithdrawalCommand, WithdrawalDto>
{
    public async ValueTask<WithdrawalDto> Handle(RequestWithdrawalCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var promoter = await db.Promoters.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? throw ReferralErrors.NotAPromoter();
        var done = await db.Withdrawals.AsNoTracking()
            .SingleOrDefaultAsync(w => w.PromoterId == promoter.Id && w.ClientKey == command.IdempotencyKey, cancellationToken);
        if (done is not null)
        {
            return done.AmountFen == command.AmountFen ? done.Adapt<WithdrawalDto>() : throw ReferralErrors.ClientKeyReused();
        }

        var (withdrawal, entry) = promoter.RequestWithdrawal(command.AmountFen, command.IdempotencyKey, clock.GetUtcNow());
        db.Withdrawals.Add(withdrawal);
        db.CommissionEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return withdrawal.Adapt<WithdrawalDto>();
    }
}
