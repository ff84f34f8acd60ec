using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying;

/// <summary>
/// Prices a line in a group and turns the obvious refusals away early (a quote shows them too). The seat itself is taken
/// when the order is placed (<see cref="EventHandlers.ReserveGroupSeatWhenOrderPlaced"/>), which checks again under the
/// row lock: the answer here can be stale by then.
/// </summary>
internal sealed class GroupPriceSource(IApplicationDbContext db) : IGroupPriceSource
{
    public async Task<GroupPrice> PriceAsync(
        GroupBuyRequest request, OfferRef offer, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deal = await db.GroupBuyDeals.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DealId, cancellationToken)
            ?? throw new NotFoundException(nameof(GroupBuyDeal), request.DealId);
        if (deal.Offer != offer)
        {
            throw GroupBuyErrors.InvalidCart();
        }

        if (!deal.IsActive(now))
        {
            throw GroupBuyErrors.DealNotActive();
        }

        if (request.GroupId is { } groupId)
        {
            var group = await db.GroupBuys.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.DealId == deal.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(GroupBuy), groupId);
            if (group.Status == GroupBuyStatus.Failed || (group.Status == GroupBuyStatus.Open && group.HasExpired(now)))
            {
                throw GroupBuyErrors.GroupExpired(group.Id);
            }

            if (group.Status == GroupBuyStatus.Completed || group.SeatsTaken >= group.Size)
            {
                throw GroupBuyErrors.GroupFull(group.Id);
            }
        }

        if (userId is { } user && await db.GroupBuyMembers.AnyAsync(m => m.UserId == user && m.HeldOfferId == offer.Id, cancellationToken))
        {
            throw GroupBuyErrors.AlreadyJoined();
        }

        return new GroupPrice(deal.Id, request.GroupId ?? Guid.CreateVersion7(), deal.PriceFen, $"拼团价（{deal.GroupSize}人团）");
    }
}
