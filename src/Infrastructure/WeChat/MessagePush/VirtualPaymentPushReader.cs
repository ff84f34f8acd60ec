using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.MessagePush;

/// <summary>
/// Reads WeChat's message push as configured (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md):
/// the signature is checked on the query and the raw body before anything is parsed, the timestamp must be within
/// <see cref="MessagePushOptions.MaxClockSkew"/> of our clock, and a secure-mode message must name our app id.
/// </summary>
internal sealed class VirtualPaymentPushReader(
    IOptions<MessagePushOptions> options, IOptions<WeChatOptions> miniProgram, TimeProvider clock) : IVirtualPaymentPushReader
{
    private MessagePushOptions Settings => options.Value;

    public string? Handshake(IReadOnlyDictionary<string, string> query) =>
        query.GetValueOrDefault("echostr") is { } echo
        && Timing(query) is { } timing
        && MessagePushCrypto.SignatureMatches(query.GetValueOrDefault("signature"), Settings.Token, timing.Timestamp, timing.Nonce)
            ? echo
            : null;

    public VirtualPaymentPushReading Read(IReadOnlyDictionary<string, string> query, ReadOnlyMemory<byte> body)
    {
        if (Timing(query) is not { } timing)
        {
            return Refused(PushVerdict.InvalidSignature);
        }

        var opened = Settings.Mode == MessagePushMode.Secure ? OpenSecure(query, timing, body) : OpenPlain(query, timing, body);
        if (opened.Verdict != PushVerdict.Authentic)
        {
            return Refused(opened.Verdict);
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(timing.Seconds);
        if ((clock.GetUtcNow() - sentAt).Duration() > Settings.MaxClockSkew)
        {
            return Refused(PushVerdict.StaleTimestamp);
        }

        return Interpret(opened.Message!);
    }

    private (PushVerdict Verdict, string? Message) OpenSecure(
        IReadOnlyDictionary<string, string> query, PushTiming timing, ReadOnlyMemory<byte> body)
    {
        if (TryParse<EncryptedPushBody>(body.Span) is not { Encrypt: { Length: > 0 } encrypted })
        {
            return (PushVerdict.InvalidSignature, null);
        }

        if (!MessagePushCrypto.SignatureMatches(query.GetValueOrDefault("msg_signature"), Settings.Token, timing.Timestamp, timing.Nonce, encrypted))
        {
            return (PushVerdict.InvalidSignature, null);
        }

        if (MessagePushCrypto.Decrypt(MessagePushCrypto.AesKey(Settings.EncodingAesKey!), encrypted) is not { } plain)
        {
            return (PushVerdict.DecryptionFailed, null);
        }

        return plain.AppId == miniProgram.Value.AppId ? (PushVerdict.Authentic, plain.Message) : (PushVerdict.ForeignApp, null);
    }

    private (PushVerdict Verdict, string? Message) OpenPlain(
        IReadOnlyDictionary<string, string> query, PushTiming timing, ReadOnlyMemory<byte> body) =>
        MessagePushCrypto.SignatureMatches(query.GetValueOrDefault("signature"), Settings.Token, timing.Timestamp, timing.Nonce)
            ? (PushVerdict.Authentic, Encoding.UTF8.GetString(body.Span))
            : (PushVerdict.InvalidSignature, null);

    private static VirtualPaymentPushReading Interpret(string message)
    {
        if (TryParse<PushMessage>(Encoding.UTF8.GetBytes(message)) is not { } push)
        {
            return Refused(PushVerdict.Malformed);
        }

        return push switch
        {
            { Event: PushMessage.GoodsDeliverEvent, OutTradeNo: { Length: > 0 } outTradeNo, OpenId: { Length: > 0 } openId } =>
                new(PushVerdict.Authentic, new GoodsDeliveryPush(outTradeNo, openId)),
            { Event: PushMessage.RefundEvent, MchOrderId: { Length: > 0 } outTradeNo, MchRefundId: { Length: > 0 } outRefundNo, RefundFee: { } fee } =>
                new(PushVerdict.Authentic, new VirtualPaymentRefundPush(new RefundReport(
                    outRefundNo,
                    outTradeNo,
                    push.WxRefundId,
                    push.RetCode == 0 ? RefundState.Succeeded : RefundState.Closed,
                    fee,
                    push.RefundSuccTimestamp is { } at && at > 0 ? DateTimeOffset.FromUnixTimeSeconds(at) : null))),
            { Event: PushMessage.GoodsDeliverEvent or PushMessage.RefundEvent } => Refused(PushVerdict.Malformed),
            _ => Refused(PushVerdict.UnsupportedEvent),
        };
    }

    private static PushTiming? Timing(IReadOnlyDictionary<string, string> query) =>
        query.GetValueOrDefault("timestamp") is { } timestamp && query.GetValueOrDefault("nonce") is { } nonce
        && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new PushTiming(timestamp, nonce, seconds)
            : null;

    private static T? TryParse<T>(ReadOnlySpan<byte> json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static VirtualPaymentPushReading Refused(PushVerdict verdict) => new(verdict, null);

    private sealed record PushTiming(string Timestamp, string Nonce, long Seconds);
}
