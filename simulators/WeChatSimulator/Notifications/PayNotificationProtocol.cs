using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// WeChat Pay's notification (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html):
/// <c>Wechatpay-*</c> headers signing the body with the active platform key; 200 or 204 acknowledges it.
/// </summary>
internal sealed class PayNotificationProtocol(PayKeyring keyring, SimulatedClock clock) : INotificationProtocol
{
    public OutgoingNotification Prepare(Notification notification)
    {
        var faults = notification.Faults;
        var key = keyring.ForNotification();
        var timestamp = (clock.GetUtcNow().ToUnixTimeSeconds() + (faults.Find(NotificationFault.StaleTimestamp)?.Seconds ?? 0))
            .ToString(CultureInfo.InvariantCulture);
        var nonce = PayIds.Nonce();
        byte[] signedBody = faults.Has(NotificationFault.BadSignature) ? [.. notification.Body, (byte)' '] : notification.Body;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PlatformSignature.TimestampHeader] = timestamp,
            [PlatformSignature.NonceHeader] = nonce,
            [PlatformSignature.SignatureHeader] = faults.Has(NotificationFault.Probe)
                ? PlatformSignature.Probe()
                : key.Sign(PlatformSignature.Message(timestamp, nonce, signedBody)),
            [PlatformSignature.SerialHeader] = faults.Has(NotificationFault.UnknownSerial)
                ? Convert.ToHexString(KeyFactory.SerialNumber())
                : key.Serial,
            [PlatformSignature.SignatureTypeHeader] = PlatformSignature.Type,
            [PlatformSignature.RequestIdHeader] = PayIds.RequestId(),
        };
        var body = faults.Has(NotificationFault.TamperBody) ? Tampered(notification.Body) : notification.Body;
        return new OutgoingNotification(notification.NotifyUrl, headers, body);
    }

    public bool IsAcknowledged(int status, string reply) => status is (int)HttpStatusCode.OK or (int)HttpStatusCode.NoContent;

    /// <summary>Changes the summary after signing, as a man in the middle would.</summary>
    private static byte[] Tampered(byte[] body)
    {
        var envelope = JsonNode.Parse(body)!;
        envelope["summary"] = envelope["summary"]!.GetValue<string>() + " (tampered)";
        return Encoding.UTF8.GetBytes(envelope.ToJsonString(PayJson.Options));
    }
}
