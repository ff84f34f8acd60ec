using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.GroupBuying.Queries;

/// <summary>A group as anyone may see it: its numbers and its members' masked nicknames and avatars, never who they are.</summary>
public sealed record GroupBuyDto
{
    public Guid Id { get; init; }

    public Guid DealId { get; init; }

    public OfferKind OfferKind { get; init; }

    public Guid OfferId { get; init; }

    public int Size { get; init; }

    public GroupBuyStatus Status { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int SeatsTaken { get; init; }

    public int PaidCount { get; init; }

    public IReadOnlyList<GroupBuyMemberDto> Members { get; init; } = [];
}

/// <param name="Nickname">Masked: the first character and asterisks.</param>
public sealed record GroupBuyMemberDto(string Nickname, string? AvatarUrl, bool IsLeader, bool HasPaid);
