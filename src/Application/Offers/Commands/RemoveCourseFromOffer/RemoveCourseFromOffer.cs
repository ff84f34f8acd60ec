using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.RemoveCourseFromOffer;

/// <summary>
/// Takes a course out of a bundle (not a series) or a plan's chosen set; who bought it before keeps what they got.
/// A creator changes only their own bundles.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record RemoveCourseFromOfferCommand(Guid OfferId, Guid CourseId) : ICommand<OfferDto>;

internal sealed class RemoveCourseFromOfferCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RemoveCourseFromOfferCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(RemoveCourseFromOfferCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.ManagedOfferAsync(user, command.OfferId, cancellationToken);
        offer.RemoveCourse(command.CourseId);
        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
