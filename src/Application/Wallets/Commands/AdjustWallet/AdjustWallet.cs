using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Wallets;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.Commands.AdjustWallet;

/// <summary>
/// Admins: corrects a user's balance by <see cref="AmountFen"/> (± fen) with a reason, recorded in the audit log
/// (<see cref="WalletAdjustedEvent"/>). Credits go to the bonus pot; see <see cref="Wallet.Adjust"/>. Idempotent: the same
/// client key for the same user adjusts once.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record AdjustWalletCommand(Guid UserId, long AmountFen, string Reason, string ClientKey) : ICommand<WalletDto>, IRetryOnConflict;

internal sealed class AdjustWalletCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AdjustWalletCommand, WalletDto>
{
    public async ValueTask<WalletDto> Handle(AdjustWalletCommand command, CancellationToken cancellationToken)
    {
        var reference = WalletMovement.References.Adjustment(command.UserId, command.ClientKey);
        var done = await db.WalletMovements.AsNoTracking().SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);
        if (done is null)
        {
            await AdjustAsync(command, cancellationToken);
        }
        else if (done.AmountFen != command.AmountFen)
        {
            throw WalletErrors.ClientKeyReused();
        }

        return await db.Wallets.AsNoTracking().Where(w => w.UserId == command.UserId).ProjectToType<WalletDto>().SingleAsync(cancellationToken);
    }

    // The wallet's version makes a save that raced another movement conflict; the command then runs again afresh.
    private async Task AdjustAsync(AdjustWalletCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException(nameof(User), command.UserId);
        }

        var now = clock.GetUtcNow();
        var wallet = await db.Wallets.SingleOrDefaultAsync(w => w.UserId == command.UserId, cancellationToken);
        if (wallet is null)
        {
            wallet = Wallet.Open(command.UserId, now);
            db.Wallets.Add(wallet);
        }

        db.WalletMovements.Add(wallet.Adjust(command.AmountFen, command.Reason, command.ClientKey, now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
