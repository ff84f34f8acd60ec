using KnowledgePay.Domain.GroupBuying;

namespace KnowledgePay.Application.GroupBuying.Queries;

/// <summary>The caller's seat in a group: the order that holds it and where it stands.</summary>
public sealed record MyGroupBuyDto
{
    public Guid Id { get; init; }

    public Guid GroupBuyId { get; init; }

    public Guid OrderId { get; init; }

    public bool IsLeader { get; init; }

    public GroupBuyMemberStatus Status { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
