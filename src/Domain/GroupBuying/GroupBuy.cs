using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.GroupBuying;

/// <summary>
/// One group of a <see cref="GroupBuyDeal"/>. <see cref="SeatsTaken"/> counts members holding a seat (reserved or paid),
/// <see cref="PaidCount"/> the paid ones; both change only through conditional updates of the database (see the
/// group-buying event handlers), which serialise on this row, so no number of concurrent joins fills it past
/// <see cref="Size"/>. It completes when <see cref="PaidCount"/> reaches <see cref="Size"/>, and fails when its time runs
/// out first.
/// </summary>
public sealed class GroupBuy : Entity
{
    private GroupBuy(Guid id)
        : base(id)
    {
    }

    public Guid DealId { get; private set; }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid LeaderId { get; private set; }

    public int Size { get; private set; }

    public GroupBuyStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int SeatsTaken { get; private set; }

    public int PaidCount { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Bumped by every change of status and of <see cref="PaidCount"/>: completion and failure never race past a payment.</summary>
    public int Version { get; private set; }

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;

    internal static GroupBuy Open(Guid id, GroupBuyDeal deal, Guid leaderId, DateTimeOffset now) => new(id)
    {
        DealId = deal.Id,
        OfferKind = deal.OfferKind,
        OfferId = deal.OfferId,
        LeaderId = leaderId,
        Size = deal.GroupSize,
        Status = GroupBuyStatus.Open,
        OpenedAt = now,
        ExpiresAt = now.AddHours(deal.FillHours),
        SeatsTaken = 1,
    };

    /// <summary>Every seat paid for: <paramref name="paid"/> are the group's paid members, each fulfilled now.</summary>
    public void Complete(IReadOnlyList<GroupBuyMember> paid, DateTimeOffset now)
    {
        EnsureOpen();
        if (paid.Count != Size || paid.Any(m => m.GroupBuyId != Id || m.Status != GroupBuyMemberStatus.Paid))
        {
            throw new InvalidOperationException($"Group {Id} completes with its {Size} paid members, not {paid.Count}.");
        }

        Status = GroupBuyStatus.Completed;
        ClosedAt = now;
        Version++;
        Raise(new GroupBuyCompletedEvent(Id, DealId, OfferKind, OfferId, [.. paid.Select(m => m.Sold())]));
    }

    /// <summary>
    /// The time ran out before the group filled: unpaid seats are released, and every member may join another group of
    /// the offer; paid members are refunded, unpaid orders closed (<see cref="GroupBuyFailedEvent"/>).
    /// </summary>
    public void Fail(IReadOnlyList<GroupBuyMember> members, DateTimeOffset now)
    {
        EnsureOpen();
        if (!HasExpired(now))
        {
            throw GroupBuyErrors.InvalidDeal($"Group {Id} runs until {ExpiresAt:O}.");
        }

        var paid = members.Where(m => m.Status == GroupBuyMemberStatus.Paid).Select(m => m.OrderId).ToList();
        var unpaid = members.Where(m => m.Status == GroupBuyMemberStatus.Reserved).Select(m => m.OrderId).ToList();
        foreach (var member in members)
        {
            member.LeaveFailedGroup();
        }

        Status = GroupBuyStatus.Failed;
        ClosedAt = now;
        Version++;
        Raise(new GroupBuyFailedEvent(Id, paid, unpaid));
    }

    private void EnsureOpen()
    {
        if (Status != GroupBuyStatus.Open)
        {
            throw GroupBuyErrors.GroupExpired(Id);
        }
    }
}
