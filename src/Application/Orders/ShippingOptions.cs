namespace KnowledgePay.Application.Orders;

/// <summary>
/// Section <c>WeChat:Shipping</c>: whether WeChat Pay purchases are recorded as shipped with WeChat. Mini programs of trade
/// categories must, or the money stays frozen; others need not (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-transfer-payment.html).
/// </summary>
public sealed class ShippingOptions
{
    public const string SectionName = "WeChat:Shipping";

    public bool Enabled { get; set; }
}
