using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.RedeemCodes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.RedeemCodes.Commands.RedeemCode;

/// <summary>
/// The caller spends a code typed from a card; the entitlement feature grants its offer from the code's
/// <c>OfferGrantedEvent</c> in the same transaction. Every refusal counts against the caller and their address
/// (<see cref="IRedeemCodeThrottle"/>); while either is throttled nothing is looked up. Of two racing redemptions the
/// loser's save conflicts and its retry finds the code used.
/// </summary>
/// <param name="ClientAddress">Set by the edge from the connection, never from the input.</param>
public sealed record RedeemCodeCommand(string Code, string ClientAddress = RedeemCodeCommand.UnknownAddress)
    : ICommand<RedeemedOfferDto>, IRetryOnConflict
{
    public const string UnknownAddress = "unknown";
}

/// <summary>What a redeemed code handed out.</summary>
public sealed record RedeemedOfferDto(Guid CodeId, OfferKind Kind, Guid OfferId);

internal sealed class RedeemCodeCommandHandler(IApplicationDbContext db, ICurrentUser user, IRedeemCodeThrottle throttle, TimeProvider clock)
    : ICommandHandler<RedeemCodeCommand, RedeemedOfferDto>
{
    public async ValueTask<RedeemedOfferDto> Handle(RedeemCodeCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        if (await throttle.IsBlockedAsync(userId, command.ClientAddress, cancellationToken))
        {
            throw RedeemCodeErrors.RateLimited();
        }

        try
        {
            var hash = RedeemCodeFormat.Hash(command.Code);
            var code = await db.RedeemCodes.SingleOrDefaultAsync(c => c.CodeHash == hash, cancellationToken)
                ?? throw RedeemCodeErrors.Invalid();
            code.Redeem(userId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new RedeemedOfferDto(code.Id, code.Kind, code.OfferId);
        }
        catch (DomainException)
        {
            await throttle.RecordFailureAsync(userId, command.ClientAddress, cancellationToken);
            throw;
        }
    }
}
