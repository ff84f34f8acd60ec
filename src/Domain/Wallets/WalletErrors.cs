using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Wallets;

/// <summary>Balance (余额) failures; the codes are API contract, never renamed silently.</summary>
public static class WalletErrors
{
    public const string InsufficientBalanceCode = "WALLET_INSUFFICIENT_BALANCE";
    public const string RecentLoginRequiredCode = "WALLET_RECENT_LOGIN_REQUIRED";
    public const string TopUpAmountInvalidCode = "WALLET_TOP_UP_AMOUNT_INVALID";
    public const string TopUpSpentCode = "WALLET_TOP_UP_SPENT";
    public const string ClientKeyReusedCode = "WALLET_CLIENT_KEY_REUSED";
    public const string AdjustmentInvalidCode = "WALLET_ADJUSTMENT_INVALID";
    public const string MovementInvalidCode = "WALLET_MOVEMENT_INVALID";

    public static DomainException InsufficientBalance(long amountFen, long balanceFen) =>
        new(InsufficientBalanceCode, $"The balance ({balanceFen} fen) cannot pay {amountFen} fen.");

    public static DomainException RecentLoginRequired(int minutes) =>
        new(RecentLoginRequiredCode, $"Paying from the balance needs a login within the last {minutes} minutes; log in again.");

    public static DomainException TopUpAmountInvalid(long amountFen, long minFen, long maxFen) =>
        new(TopUpAmountInvalidCode, $"A top-up is from {minFen} to {maxFen} fen, not {amountFen}.");

    public static DomainException TopUpSpent(long refundFen, long paidBalanceFen) =>
        new(TopUpSpentCode, $"Only {paidBalanceFen} fen of paid balance is left, so {refundFen} fen of the top-up cannot go back to WeChat Pay.");

    public static DomainException ClientKeyReused() =>
        new(ClientKeyReusedCode, "The client key was already used for another request.");

    public static DomainException AdjustmentInvalid(string reason) => new(AdjustmentInvalidCode, reason);

    /// <summary>A movement that would make a pot negative or moves nothing: a bug in the caller, never a user's doing.</summary>
    public static DomainException MovementInvalid(string reason) => new(MovementInvalidCode, reason);
}
