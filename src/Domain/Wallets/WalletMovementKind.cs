namespace KnowledgePay.Domain.Wallets;

/// <summary>Why a wallet's balance changed; the books post each kind against its own counter-account.</summary>
public enum WalletMovementKind
{
    /// <summary>+ A top-up order was paid through WeChat Pay (paid pot), with its bonus tier (bonus pot).</summary>
    TopUp,

    /// <summary>− The balance paid an order.</summary>
    Spend,

    /// <summary>+ A refund of an order the balance paid came back to the balance.</summary>
    Refund,

    /// <summary>− A top-up is being refunded to WeChat Pay: its paid money leaves, its bonus is forfeited.</summary>
    TopUpRefund,

    /// <summary>+ WeChat Pay refused that top-up refund for good: what it took comes back.</summary>
    TopUpRefundFailed,

    /// <summary>± An operator's audited manual adjustment.</summary>
    Adjustment,
}
