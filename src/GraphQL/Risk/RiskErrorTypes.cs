using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Risk.RiskErrors;

namespace KnowledgePay.GraphQL.Risk;

internal sealed class RiskFlagNotFoundErrorGraphType() : CodedErrorGraphType(
    "RiskFlagNotFoundError", FlagNotFoundCode, "No flag has that id; nothing changed.");

internal sealed class RiskFlagAlreadyReviewedErrorGraphType() : CodedErrorGraphType(
    "RiskFlagAlreadyReviewedError", AlreadyReviewedCode, "The flag was already confirmed or cleared; nothing changed.");

internal sealed class RefundRestrictedErrorGraphType() : CodedErrorGraphType(
    "RefundRestrictedError", RefundRestrictedCode,
    "A risk flag holds the account's refunds: customer service (an operator) can still refund; nothing changed.");
