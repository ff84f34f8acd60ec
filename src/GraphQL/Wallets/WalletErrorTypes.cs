using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Wallets.WalletErrors;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class InsufficientBalanceErrorGraphType() : CodedErrorGraphType(
    "InsufficientBalanceError", InsufficientBalanceCode, "The balance cannot pay this amount; nothing was spent.");

internal sealed class RecentLoginRequiredErrorGraphType() : CodedErrorGraphType(
    "RecentLoginRequiredError", RecentLoginRequiredCode,
    "Paying from the balance needs a recent login: log in again (wx.login) and retry with the same idempotency key.");

internal sealed class TopUpAmountInvalidErrorGraphType() : CodedErrorGraphType(
    "TopUpAmountInvalidError", TopUpAmountInvalidCode, "The top-up amount is outside what topUpOptions allows.");

internal sealed class TopUpSpentErrorGraphType() : CodedErrorGraphType(
    "TopUpSpentError", TopUpSpentCode, "The top-up's money has been spent from the balance, so it cannot go back to WeChat Pay.");

internal sealed class WalletClientKeyReusedErrorGraphType() : CodedErrorGraphType(
    "WalletClientKeyReusedError", ClientKeyReusedCode, "The client key was already used for a different request.");

internal sealed class WalletAdjustmentInvalidErrorGraphType() : CodedErrorGraphType(
    "WalletAdjustmentInvalidError", AdjustmentInvalidCode, "The adjustment is zero, too large, or has no reason.");
