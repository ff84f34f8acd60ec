using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.GroupBuying;

/// <summary>Group-buying failures; the codes are API contract.</summary>
public static class GroupBuyErrors
{
    public const string InvalidDealCode = "GROUP_BUY_DEAL_INVALID";
    public const string PriceBeyondGuardrailsCode = "GROUP_BUY_PRICE_BEYOND_GUARDRAILS";
    public const string DealNotActiveCode = "GROUP_BUY_DEAL_NOT_ACTIVE";
    public const string DealOverlapsCode = "GROUP_BUY_DEAL_OVERLAPS";
    public const string GroupFullCode = "GROUP_FULL";
    public const string GroupExpiredCode = "GROUP_EXPIRED";
    public const string AlreadyJoinedCode = "GROUP_BUY_ALREADY_JOINED";
    public const string InvalidCartCode = "GROUP_BUY_CART_INVALID";

    public static DomainException InvalidDeal(string reason) => new(InvalidDealCode, reason);

    public static DomainException PriceBeyondGuardrails(long priceFen, long lowestFen) =>
        new(PriceBeyondGuardrailsCode, $"The group price {priceFen} fen is below {lowestFen} fen, the lowest this offer's floor and maximum discount allow.");

    public static DomainException DealNotActive() => new(DealNotActiveCode, "This group-buy deal is not running.");

    public static DomainException DealOverlaps(Guid dealId) =>
        new(DealOverlapsCode, $"The offer already has group-buy deal {dealId} for that time; end it first.");

    public static DomainException GroupFull(Guid groupId) => new(GroupFullCode, $"Group {groupId} is full.");

    public static DomainException GroupExpired(Guid groupId) => new(GroupExpiredCode, $"Group {groupId} has closed: its time ran out.");

    public static DomainException AlreadyJoined() =>
        new(AlreadyJoinedCode, "You are already in a group for this offer; one group per offer.");

    public static DomainException InvalidCart() =>
        new(InvalidCartCode, "A group buy is one line, for the deal's offer, bought for yourself, without a coupon.");
}
