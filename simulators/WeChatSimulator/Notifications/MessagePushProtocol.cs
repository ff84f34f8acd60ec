using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// The mini program's message push (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md):
/// the query carries <c>signature, timestamp, nonce</c> and in secure mode <c>encrypt_type=aes, msg_signature</c> over the
/// ciphertext of <c>{ToUserName, Encrypt}</c>; a 200 reply with <c>ErrCode</c> 0 acknowledges it. Faults: badSignature,
/// tamperBody (ciphertext replaced after signing), staleTimestamp, wrongApiV3Key (encrypted under a key the merchant lacks).
/// </summary>
internal sealed class MessagePushProtocol(
    IOptions<VirtualPaymentSimulatorOptions> options, IOptions<WeChatSimulatorOptions> miniProgram, SimulatedClock clock)
    : INotificationProtocol
{
    /// <summary>The mini program's original id, as ToUserName carries it.</summary>
    public const string OriginalId = "gh_kp0000000001";

    public OutgoingNotification Prepare(Notification notification)
    {
        var settings = options.Value;
        var faults = notification.Faults;
        var timestamp = (clock.GetUtcNow().ToUnixTimeSeconds() + (faults.Find(NotificationFault.StaleTimestamp)?.Seconds ?? 0))
            .ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNonce();
        var signedNonce = faults.Has(NotificationFault.BadSignature) ? nonce + "0" : nonce;
        var query = new Dictionary<string, string?>
        {
            ["signature"] = MessageEncryption.Signature(settings.MessageToken, timestamp, signedNonce),
            ["timestamp"] = timestamp,
            ["nonce"] = nonce,
        };
        var message = Encoding.UTF8.GetString(notification.Body);
        byte[] body;
        if (settings.Secure)
        {
            var key = faults.Has(NotificationFault.WrongApiV3Key) ? MessageEncryption.RandomEncodingAesKey() : settings.EncodingAesKey;
            var encrypted = MessageEncryption.Encrypt(key, message, miniProgram.Value.AppId);
            query["encrypt_type"] = "aes";
            query["msg_signature"] = MessageEncryption.Signature(settings.MessageToken, timestamp, signedNonce, encrypted);
            if (faults.Has(NotificationFault.TamperBody))
            {
                encrypted = MessageEncryption.Encrypt(key, message, miniProgram.Value.AppId);
            }
            body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["ToUserName"] = OriginalId, ["Encrypt"] = encrypted });
        }
        else
        {
            body = faults.Has(NotificationFault.TamperBody) ? [.. notification.Body, (byte)' '] : notification.Body;
        }
        return new OutgoingNotification(QueryHelpers.AddQueryString(notification.NotifyUrl, query), new Dictionary<string, string>(), body);
    }

    public bool IsAcknowledged(int status, string reply)
    {
        if (status != 200)
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(reply);
            return document.RootElement.TryGetProperty("ErrCode", out var errCode) && errCode.TryGetInt32(out var code) && code == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string RandomNonce() => PayIds.Nonce()[..10];
}
