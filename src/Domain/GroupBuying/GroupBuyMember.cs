using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.GroupBuying;

/// <summary>
/// A learner's seat in a group, held by one order line. While it counts (reserved or paid, in an open or completed group)
/// <see cref="HeldOfferId"/> names the offer, under a unique (user, offer) index: a learner is in one group per offer,
/// even when two of their orders race.
/// </summary>
public sealed class GroupBuyMember : Entity
{
    private GroupBuyMember()
    {
    }

    public Guid GroupBuyId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid OrderLineId { get; private set; }

    public bool IsLeader { get; private set; }

    public GroupBuyMemberStatus Status { get; private set; }

    public Guid? HeldOfferId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public static GroupBuyMember Reserve(GroupBuy group, Guid userId, Guid orderId, Guid orderLineId, DateTimeOffset now) => new()
    {
        GroupBuyId = group.Id,
        UserId = userId,
        OrderId = orderId,
        OrderLineId = orderLineId,
        IsLeader = group.LeaderId == userId,
        Status = GroupBuyMemberStatus.Reserved,
        HeldOfferId = group.OfferId,
        JoinedAt = now,
    };

    internal GroupBuyMemberSold Sold() => new(UserId, OrderId, OrderLineId);

    /// <summary>The order was paid; <paramref name="groupOpen"/> false: the group had failed meanwhile and the payment goes back.</summary>
    public void MarkPaid(bool groupOpen, DateTimeOffset now)
    {
        if (Status is not (GroupBuyMemberStatus.Reserved or GroupBuyMemberStatus.Released))
        {
            return;
        }

        Status = GroupBuyMemberStatus.Paid;
        PaidAt = now;
        if (!groupOpen)
        {
            HeldOfferId = null;
            Raise(new GroupBuyFailedEvent(GroupBuyId, [OrderId], []));
        }
    }

    /// <summary>The order closed unpaid: the seat is free. Returns whether it held one.</summary>
    public bool Release()
    {
        if (Status != GroupBuyMemberStatus.Reserved)
        {
            return false;
        }

        Status = GroupBuyMemberStatus.Released;
        HeldOfferId = null;
        return true;
    }

    /// <summary>The paid order was refunded in full. Returns whether the member had counted as paid.</summary>
    public bool MarkRefunded()
    {
        if (Status != GroupBuyMemberStatus.Paid)
        {
            return false;
        }

        Status = GroupBuyMemberStatus.Refunded;
        HeldOfferId = null;
        return true;
    }

    internal void LeaveFailedGroup()
    {
        Release();
        HeldOfferId = null;
    }
}
