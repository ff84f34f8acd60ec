namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>
/// Tells WeChat Virtual Payment that a paid order's goods were delivered (<c>notify_provide_goods</c>,
/// https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_notify_provide_goods): needed when we
/// settled from a query because the delivery push never reached us, otherwise WeChat keeps the order undelivered.
/// </summary>
public interface IVirtualPaymentDeliveries
{
    /// <summary>Safe to repeat: an order WeChat already counts as delivered is left alone.</summary>
    /// <returns>The failure when WeChat did not accept it (ask again later), else null.</returns>
    Task<PaymentFailure?> ConfirmDeliveredAsync(string outTradeNo, CancellationToken cancellationToken);
}
