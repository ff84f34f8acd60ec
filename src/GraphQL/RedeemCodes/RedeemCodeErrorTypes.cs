using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.RedeemCodes.RedeemCodeErrors;

namespace KnowledgePay.GraphQL.RedeemCodes;

internal sealed class RedeemCodeInvalidErrorGraphType() : CodedErrorGraphType(
    "RedeemCodeInvalidError", InvalidCode, "No code matches what was typed.");

internal sealed class RedeemCodeUsedErrorGraphType() : CodedErrorGraphType(
    "RedeemCodeUsedError", UsedCode, "The code has already been redeemed.");

internal sealed class RedeemCodeExpiredErrorGraphType() : CodedErrorGraphType(
    "RedeemCodeExpiredError", ExpiredCode, "The code's batch has expired.");

internal sealed class RedeemRateLimitedErrorGraphType() : CodedErrorGraphType(
    "RedeemRateLimitedError", RateLimitedCode, "Too many wrong codes from this account or address lately; retryable after a pause.");

internal sealed class RedeemCodeBatchInvalidErrorGraphType() : CodedErrorGraphType(
    "RedeemCodeBatchInvalidError", InvalidBatchCode, "The batch cannot be made as asked (count, expiry or label).");
