using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.Application.Sales;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.Commands.CreateGroupBuyDeal;

/// <summary>
/// An admin offers a course (<see cref="CourseId"/>) or bundle (<see cref="OfferId"/>) in groups of
/// <see cref="GroupSize"/> at <see cref="PriceFen"/>, each group having <see cref="FillHours"/> to fill, between
/// <see cref="StartsAt"/> and <see cref="EndsAt"/>. The price keeps to the offer's guardrails; an offer has at most one
/// deal at a time, so the deal a new group opens under is never in doubt.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record CreateGroupBuyDealCommand(
    Guid? CourseId, Guid? OfferId, int GroupSize, long PriceFen, int FillHours, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
    : ICommand<GroupBuyDealDto>;

internal sealed class CreateGroupBuyDealCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateGroupBuyDealCommand, GroupBuyDealDto>
{
    public async ValueTask<GroupBuyDealDto> Handle(CreateGroupBuyDealCommand command, CancellationToken cancellationToken)
    {
        var target = command.CourseId is { } courseId
            ? await db.ManagedTargetAsync(user, OfferRef.ForCourse(courseId), cancellationToken)
            : await db.ManagedOfferTargetAsync(user, command.OfferId!.Value, cancellationToken);
        var now = clock.GetUtcNow();
        var deal = GroupBuyDeal.Create(
            target.Offer, target.ListFen, target.Guardrails, command.GroupSize, command.PriceFen, command.FillHours,
            command.StartsAt, command.EndsAt, user.RequiredId(), now);
        var overlapping = await db.GroupBuyDeals.AsNoTracking()
            .Where(d => d.OfferId == deal.OfferId && d.EndedEarlyAt == null && d.EndsAt > now && d.StartsAt < deal.EndsAt && d.EndsAt > deal.StartsAt)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is { } other)
        {
            throw GroupBuyErrors.DealOverlaps(other);
        }

        db.GroupBuyDeals.Add(deal);
        await db.SaveChangesAsync(cancellationToken);
        return deal.Adapt<GroupBuyDealDto>();
    }
}
