using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets;

/// <summary>Section <c>Wallet</c>: what a top-up may be, its bonus tiers (充 100 送 10), and how recent a login must be to spend.</summary>
public sealed class WalletOptions
{
    public const string SectionName = "Wallet";

    public long MinTopUpFen { get; set; } = 100;

    public long MaxTopUpFen { get; set; } = 500_000;

    /// <summary>E.g. <c>{ "AmountFen": 10000, "BonusFen": 1000 }</c>: a top-up of ¥100 or more earns ¥10; the highest tier reached counts.</summary>
    public List<BonusTier> BonusTiers { get; set; } = [];

    /// <summary>Paying from the balance needs a login (a new session through wx.login) at most this many minutes old.</summary>
    public int RecentLoginMinutes { get; set; } = 30;

    public TimeSpan RecentLogin => TimeSpan.FromMinutes(RecentLoginMinutes);
}
