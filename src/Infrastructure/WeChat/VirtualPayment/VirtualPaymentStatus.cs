using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// <c>query_order</c>'s order status (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order;
/// meanings per https://developers.weixin.qq.com/community/develop/doc/0006c66c7545a034dcd450d166b400): 0 init, 1 created,
/// 2 paid awaiting delivery, 3 delivering, 4 delivered, 5 refunded, 6 closed, 7 refund failed, 8 user refund done,
/// 9/10 internal.
/// </summary>
internal static class VirtualPaymentStatus
{
    public const int Paid = 2;
    public const int Delivering = 3;
    public const int Delivered = 4;
    public const int Refunded = 5;
    public const int RefundFailed = 7;
    public const int UserRefunded = 8;

    /// <summary>A failed refund leaves the order paid; 9/10 are WeChat's own steps, so still in progress.</summary>
    public static TransactionState ToTransactionState(int status) => status switch
    {
        Paid or Delivering or Delivered or RefundFailed => TransactionState.Succeeded,
        Refunded or UserRefunded => TransactionState.Refunded,
        6 => TransactionState.Closed,
        0 or 1 => TransactionState.NotPaid,
        _ => TransactionState.Paying,
    };

    /// <summary>WeChat still waits to hear that the goods were delivered.</summary>
    public static bool AwaitsDelivery(int status) => status is Paid or Delivering;
}
