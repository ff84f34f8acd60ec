using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.SetOfferOnSale;

/// <summary>
/// Puts an offer (back) on sale, or withdraws it (buyers keep what they bought): admins any offer, a creator their own
/// bundles.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record SetOfferOnSaleCommand(Guid OfferId, bool OnSale) : ICommand<OfferDto>;

internal sealed class SetOfferOnSaleCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<SetOfferOnSaleCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(SetOfferOnSaleCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.ManagedOfferAsync(user, command.OfferId, cancellationToken);
        if (command.OnSale)
        {
            offer.PutOnSale();
        }
        else
        {
            offer.Withdraw();
        }

        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
