using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.GroupBuying.GroupBuyErrors;

namespace KnowledgePay.GraphQL.GroupBuying;

internal sealed class GroupBuyDealInvalidErrorGraphType() : CodedErrorGraphType(
    "GroupBuyDealInvalidError", InvalidDealCode, "A deal is on a course or bundle, for groups of 2 to 10, below the list price, with 1 to 168 hours to fill, in a window ending in the future.");

internal sealed class GroupBuyPriceBeyondGuardrailsErrorGraphType() : CodedErrorGraphType(
    "GroupBuyPriceBeyondGuardrailsError", PriceBeyondGuardrailsCode, "The group price is below the offer's floor or takes more than its maximum discount.");

internal sealed class GroupBuyDealOverlapsErrorGraphType() : CodedErrorGraphType(
    "GroupBuyDealOverlapsError", DealOverlapsCode, "The offer already has a deal for that time.");

internal sealed class GroupBuyDealNotActiveErrorGraphType() : CodedErrorGraphType(
    "GroupBuyDealNotActiveError", DealNotActiveCode, "The deal has not started, has ended, or was ended.");

internal sealed class GroupFullErrorGraphType() : CodedErrorGraphType(
    "GroupFullError", GroupFullCode, "Every seat of the group is taken.");

internal sealed class GroupExpiredErrorGraphType() : CodedErrorGraphType(
    "GroupExpiredError", GroupExpiredCode, "The group's time ran out.");

internal sealed class GroupBuyAlreadyJoinedErrorGraphType() : CodedErrorGraphType(
    "GroupBuyAlreadyJoinedError", AlreadyJoinedCode, "The caller is already in an open or completed group for this offer.");

internal sealed class GroupBuyCartInvalidErrorGraphType() : CodedErrorGraphType(
    "GroupBuyCartInvalidError", InvalidCartCode, "A group buy is one line, for the deal's offer, for oneself, without a coupon.");
