using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.UpdateOffer;

/// <summary>Replaces an offer's title and description (admins any offer, a creator their own bundles).</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record UpdateOfferCommand(Guid OfferId, string Title, string? Description) : ICommand<OfferDto>;

internal sealed class UpdateOfferCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateOfferCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(UpdateOfferCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.ManagedOfferAsync(user, command.OfferId, cancellationToken);
        offer.Describe(command.Title, command.Description);
        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
