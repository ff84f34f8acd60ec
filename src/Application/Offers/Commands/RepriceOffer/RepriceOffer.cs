using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.RepriceOffer;

/// <summary>
/// Sets an offer's list price in fen, and (admins only) its guardrails; left out, the guardrails stay. The price may
/// not fall below the floor.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record RepriceOfferCommand(Guid OfferId, long Price, PriceGuardrailsInput? Guardrails) : ICommand<OfferDto>;

internal sealed class RepriceOfferCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RepriceOfferCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(RepriceOfferCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMaySetGuardrails(command.Guardrails);
        var offer = await db.ManagedOfferAsync(user, command.OfferId, cancellationToken);
        offer.Reprice(Money.Fen(command.Price), command.Guardrails?.ToGuardrails() ?? offer.Guardrails);
        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
