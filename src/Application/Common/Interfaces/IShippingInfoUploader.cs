namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Tells WeChat that what a WeChat Pay transaction bought was delivered (发货信息录入): for mini programs that must record
/// shipping, WeChat Pay funds stay frozen until it is
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo).
/// </summary>
public interface IShippingInfoUploader
{
    /// <summary>Null when WeChat accepted the record; otherwise why not (asking again later may succeed).</summary>
    Task<WeChatFailure?> UploadAsync(VirtualGoodsShipment shipment, CancellationToken cancellationToken);
}

/// <summary>Virtual content delivered at <see cref="DeliveredAt"/> to the payer of WeChat Pay transaction <see cref="TransactionId"/>.</summary>
public sealed record VirtualGoodsShipment(string TransactionId, string PayerOpenId, string ItemDescription, DateTimeOffset DeliveredAt);
