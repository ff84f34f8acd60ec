namespace KnowledgePay.Domain.Wallets;

public enum WalletTopUpStatus
{
    /// <summary>Its order waits for WeChat Pay.</summary>
    Pending,

    /// <summary>Paid: its amount and bonus are in the wallet.</summary>
    Credited,
}
