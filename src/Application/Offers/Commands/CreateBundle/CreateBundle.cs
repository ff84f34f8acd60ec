using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.CreateBundle;

/// <summary>
/// Puts several published courses on sale at one price (a series when later courses are to reach earlier buyers).
/// Admins make platform bundles of any courses and may set guardrails; a creator bundles only their own courses, within
/// guardrails taken from those courses (their floors together, the strictest discount limit).
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record CreateBundleCommand(
    string Title, string? Description, long Price, IReadOnlyList<Guid> CourseIds, bool IsSeries, PriceGuardrailsInput? Guardrails)
    : ICommand<OfferDto>;

internal sealed class CreateBundleCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateBundleCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(CreateBundleCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMaySetGuardrails(command.Guardrails);
        var courses = await db.OfferableCoursesAsync(user, command.CourseIds, cancellationToken);
        var creatorId = user.IsInRole(Role.Admin) ? null : await db.OwnCreatorIdAsync(user, cancellationToken);
        var offer = Offer.Bundle(
            command.Title,
            command.Description,
            Money.Fen(command.Price),
            command.CourseIds,
            command.IsSeries,
            command.Guardrails?.ToGuardrails() ?? PriceGuardrails.OfBundle(courses),
            creatorId,
            clock.GetUtcNow());
        db.Offers.Add(offer);
        return await db.SaveOfferAsync(offer, cancellationToken);
    }
}
