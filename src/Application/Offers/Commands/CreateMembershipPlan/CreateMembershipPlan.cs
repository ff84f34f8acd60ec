using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using Mediator;

namespace KnowledgePay.Application.Offers.Commands.CreateMembershipPlan;

/// <summary>
/// Admins: a membership plan lasting <see cref="MembershipDays"/> per purchase, covering the named published courses
/// (or every course when none is named) with <see cref="MemberDiscountPercent"/> off the courses it does not cover.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record CreateMembershipPlanCommand(
    string Title,
    string? Description,
    long Price,
    int MembershipDays,
    IReadOnlyList<Guid> CourseIds,
    int MemberDiscountPercent,
    PriceGuardrailsInput? Guardrails) : ICommand<OfferDto>;

internal sealed class CreateMembershipPlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateMembershipPlanCommand, OfferDto>
{
    public async ValueTask<OfferDto> Handle(CreateMembershipPlanCommand command, CancellationToken cancellationToken)
    {
        await db.OfferableCoursesAsync(user, command.CourseIds, cancellationToken);
        var plan = Offer.MembershipPlan(
            command.Title,
            command.Description,
            Money.Fen(command.Price),
            command.MembershipDays,
            command.CourseIds,
            command.MemberDiscountPercent,
            command.Guardrails?.ToGuardrails() ?? PriceGuardrails.None,
            clock.GetUtcNow());
        db.Offers.Add(plan);
        return await db.SaveOfferAsync(plan, cancellationToken);
    }
}
