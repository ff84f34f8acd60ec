using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.AddCourseToOffer;

/// <summary>
/// Adds a published course to a bundle or a plan's chosen set; everyone who bought a series before gains it too.
/// A creator adds only their own courses to their own bundles.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record AddCourseToOfferCommand(Guid OfferId, Guid CourseId) : ICommand<OfferDto>;

internal sealed class AddCourseToOfferCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<AddCourseToOfferCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(AddCourseToOfferCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.ManagedOfferAsync(user, command.OfferId, cancellationToken);
        await db.OfferableCoursesAsync(user, [command.CourseId], cancellationToken);
        offer.AddCourse(command.CourseId);
        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
