using KnowledgePay.WeChatSimulator.Protocol.Pay;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>The JSON a notification POSTs (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html).</summary>
internal sealed record NotificationEnvelope(
    string Id, string CreateTime, string ResourceType, string EventType, string Summary, EncryptedResource Resource)
{
    public const string EncryptResource = "encrypt-resource";
}
