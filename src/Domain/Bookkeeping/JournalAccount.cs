namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>
/// The accounts of the books. Signs follow the money owed: what we owe users (their wallet and bonus) and what we earned
/// are positive; money held for us at a provider (clearing) and promotion spent on bonuses are negative.
/// </summary>
public enum JournalAccount
{
    /// <summary>Per user: the paid balance of their wallet, money they paid in.</summary>
    UserWallet,

    /// <summary>Per user: the bonus credit of their wallet, promotional money they may spend but never take out.</summary>
    UserBonus,

    /// <summary>What the platform earned by selling.</summary>
    PlatformRevenue,

    /// <summary>Money WeChat Pay collected for us (JSAPI payments and wallet top-ups), less what it paid back.</summary>
    WeChatPayClearing,

    /// <summary>Money WeChat Virtual Payment collected for us, less what it paid back.</summary>
    VirtualPaymentClearing,

    /// <summary>The promotion expense that funds bonus credit.</summary>
    BonusFunding,

    /// <summary>The counterpart of an operator's correction of a wallet.</summary>
    ManualAdjustments,
}

public static class JournalAccounts
{
    /// <summary>Accounts kept once per user: each posting names the user.</summary>
    public static bool IsPerUser(this JournalAccount account) => account is JournalAccount.UserWallet or JournalAccount.UserBonus;
}
