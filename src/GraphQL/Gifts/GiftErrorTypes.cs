using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Gifts.GiftErrors;

namespace KnowledgePay.GraphQL.Gifts;

internal sealed class GiftNotFoundErrorGraphType() : CodedErrorGraphType(
    "GiftNotFoundError", NotFoundCode, "No gift has this code.");

internal sealed class GiftAlreadyClaimedErrorGraphType() : CodedErrorGraphType(
    "GiftAlreadyClaimedError", AlreadyClaimedCode, "Someone has already claimed the gift.");

internal sealed class GiftRefundedErrorGraphType() : CodedErrorGraphType(
    "GiftRefundedError", RefundedCode, "The buyer was refunded, so the gift can no longer be claimed.");

internal sealed class GiftOwnErrorGraphType() : CodedErrorGraphType(
    "GiftOwnError", OwnGiftCode, "The caller bought this gift; it is for someone else.");

internal sealed class GiftClaimedNotRefundableErrorGraphType() : CodedErrorGraphType(
    "GiftClaimedNotRefundableError", ClaimedNotRefundableCode, "A gift of the order has been claimed, so the order cannot be refunded.");
