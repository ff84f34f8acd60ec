using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.GroupBuying;

/// <summary>
/// A group-buy offer (拼团) on a course or bundle: groups of <see cref="GroupSize"/> buy it at <see cref="PriceFen"/>
/// (within the offer's guardrails), each group having <see cref="FillHours"/> from its opening to fill, while the deal
/// runs (<see cref="StartsAt"/> to <see cref="EndsAt"/>, or until an admin ends it).
/// </summary>
public sealed class GroupBuyDeal : Entity
{
    private GroupBuyDeal()
    {
    }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public OfferRef Offer => new(OfferKind, OfferId);

    public int GroupSize { get; private set; }

    public long PriceFen { get; private set; }

    public int FillHours { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset? EndedEarlyAt { get; private set; }

    /// <summary>The admin who set it; null for the platform's demo deal.</summary>
    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// A deal on <paramref name="offer"/> (list price <paramref name="listFen"/>): the group price must lie below the list
    /// price and no lower than <paramref name="guardrails"/> allow.
    /// </summary>
    public static GroupBuyDeal Create(
        OfferRef offer, long listFen, PriceGuardrails guardrails, int groupSize, long priceFen, int fillHours,
        DateTimeOffset startsAt, DateTimeOffset endsAt, Guid? createdBy, DateTimeOffset now)
    {
        if (offer.Kind is not (OfferKind.Course or OfferKind.Bundle))
        {
            throw GroupBuyErrors.InvalidDeal("Only a course or a bundle is bought in groups.");
        }

        if (groupSize is < GroupBuyLimits.MinGroupSize or > GroupBuyLimits.MaxGroupSize)
        {
            throw GroupBuyErrors.InvalidDeal($"A group has {GroupBuyLimits.MinGroupSize} to {GroupBuyLimits.MaxGroupSize} members.");
        }

        if (fillHours is < GroupBuyLimits.MinFillHours or > GroupBuyLimits.MaxFillHours)
        {
            throw GroupBuyErrors.InvalidDeal($"A group has {GroupBuyLimits.MinFillHours} to {GroupBuyLimits.MaxFillHours} hours to fill.");
        }

        var price = Money.Fen(priceFen).AmountFen;
        if (price <= 0 || price >= listFen)
        {
            throw GroupBuyErrors.InvalidDeal($"The group price must be above 0 and below the list price of {listFen} fen.");
        }

        var lowest = guardrails.LowestFen(listFen);
        if (price < lowest)
        {
            throw GroupBuyErrors.PriceBeyondGuardrails(price, lowest);
        }

        var (starts, ends) = (ToSecond(startsAt), ToSecond(endsAt));
        if (ends <= starts || ends <= now || ends - starts > TimeSpan.FromDays(GroupBuyLimits.MaxDealDays))
        {
            throw GroupBuyErrors.InvalidDeal($"A deal ends after it starts, in the future, at most {GroupBuyLimits.MaxDealDays} days later.");
        }

        return new GroupBuyDeal
        {
            OfferKind = offer.Kind,
            OfferId = offer.Id,
            GroupSize = groupSize,
            PriceFen = price,
            FillHours = fillHours,
            StartsAt = starts,
            EndsAt = ends,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public bool HasEnded(DateTimeOffset now) => EndedEarlyAt is not null || now >= EndsAt;

    public bool IsActive(DateTimeOffset now) => StartsAt <= now && !HasEnded(now);

    /// <summary>No new groups open and nobody joins; groups already open run until they fill or time out.</summary>
    public void End(DateTimeOffset now)
    {
        if (HasEnded(now))
        {
            throw GroupBuyErrors.DealNotActive();
        }

        EndedEarlyAt = now;
        Version++;
    }

    /// <summary>A new group led by <paramref name="leaderId"/>, under the id its leader's order line already names.</summary>
    public GroupBuy OpenGroup(Guid groupId, Guid leaderId, DateTimeOffset now) =>
        IsActive(now) ? GroupBuy.Open(groupId, this, leaderId, now) : throw GroupBuyErrors.DealNotActive();

    /// <summary>Whole seconds, which every database stores exactly.</summary>
    private static DateTimeOffset ToSecond(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
}
