using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Referrals.ReferralErrors;

namespace KnowledgePay.GraphQL.Referrals;

internal sealed class SelfReferralErrorGraphType() : CodedErrorGraphType(
    "SelfReferralError", SelfReferralCode, "The invitation code is the caller's own.");

internal sealed class ReferralCycleErrorGraphType() : CodedErrorGraphType(
    "ReferralCycleError", CycleCode, "The promoter was referred by the caller: binding them would make a loop.");

internal sealed class AlreadyBoundErrorGraphType() : CodedErrorGraphType(
    "AlreadyBoundError", AlreadyBoundCode, "Another promoter holds the caller (first touch) until the binding expires.");

internal sealed class PromoterCodeUnknownErrorGraphType() : CodedErrorGraphType(
    "PromoterCodeUnknownError", PromoterCodeUnknownCode, "No promoter has this invitation code.");

internal sealed class PromoterInactiveErrorGraphType() : CodedErrorGraphType(
    "PromoterInactiveError", PromoterInactiveCode, "The promoter is not approved or is suspended.");

internal sealed class NotAPromoterErrorGraphType() : CodedErrorGraphType(
    "NotAPromoterError", NotAPromoterCode, "The caller is not an approved promoter.");

internal sealed class PromoterStatusErrorGraphType() : CodedErrorGraphType(
    "PromoterStatusError", PromoterStatusCode, "The promoter cannot change to that status from theirs.");

internal sealed class WithdrawalExceedsBalanceErrorGraphType() : CodedErrorGraphType(
    "WithdrawalExceedsBalanceError", InsufficientBalanceCode, "More than the valid (withdrawable) balance was asked for.");

internal sealed class WithdrawalNotOpenErrorGraphType() : CodedErrorGraphType(
    "WithdrawalNotOpenError", WithdrawalNotOpenCode, "The withdrawal is not in a status that allows this.");

internal sealed class WithdrawalKeyReusedErrorGraphType() : CodedErrorGraphType(
    "WithdrawalKeyReusedError", ClientKeyReusedCode, "The idempotency key was used for another amount.");
