namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>What a journal transaction records.</summary>
public enum JournalCause
{
    OrderPaid,
    OrderRefunded,
    WalletTopUp,
    WalletSpend,
    WalletRefund,
    WalletTopUpRefund,
    WalletTopUpRefundFailed,
    WalletAdjustment,
}
