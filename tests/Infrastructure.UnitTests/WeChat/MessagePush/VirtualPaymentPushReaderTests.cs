using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;
using KnowledgePay.Infrastructure.WeChat;
using KnowledgePay.Infrastructure.WeChat.MessagePush;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.MessagePush;

public sealed class VirtualPaymentPushReaderTests
{
    private const string Token = "kpTestToken";
    private const string Timestamp = "1764673200";
    private const string Nonce = "n0nce";

    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));

    private readonly FixedClock _clock = new(SentAt.AddSeconds(3));

    [Fact]
    public void ReadsASecureModeDeliveryPush()
    {
        var (query, body) = Secure(MessagePushCryptoTests.Message, MessagePushCryptoTests.AppId);

        var reading = Reader().Read(query, body);

        Assert.Equal(PushVerdict.Authentic, reading.Verdict);
        Assert.Equal(new GoodsDeliveryPush("KP20261202110000ABCDEFGHJK", "o_buyer"), reading.Push);
    }

    [Fact]
    public void ReadsARefundPushAsTheRefundsOutcome()
    {
        const string refund = """
            {"Event":"xpay_refund_notify","OpenId":"o_buyer","MchOrderId":"KP1","MchRefundId":"RF1","WxRefundId":"50123",
             "RefundFee":4900,"RetCode":0,"RefundSuccTimestamp":1764673200}
            """;
        var (query, body) = Secure(refund, MessagePushCryptoTests.AppId);

        var reading = Reader().Read(query, body);

        Assert.Equal(new VirtualPaymentRefundPush(new RefundReport("RF1", "KP1", "50123", RefundState.Succeeded, 4900, SentAt)), reading.Push);
    }

    [Fact]
    public void RefusesACiphertextChangedAfterSigning()
    {
        var (query, _) = Secure(MessagePushCryptoTests.Message, MessagePushCryptoTests.AppId);
        var (_, otherBody) = Secure(MessagePushCryptoTests.Message, MessagePushCryptoTests.AppId);

        Assert.Equal(PushVerdict.InvalidSignature, Reader().Read(query, otherBody).Verdict);
    }

    [Fact]
    public void RefusesAMessageForAnotherApp()
    {
        var (query, body) = Secure(MessagePushCryptoTests.Message, "wx0000000000000000");

        Assert.Equal(PushVerdict.ForeignApp, Reader().Read(query, body).Verdict);
    }

    [Fact]
    public void RefusesAReplayOfAnOldPush()
    {
        var (query, body) = Secure(MessagePushCryptoTests.Message, MessagePushCryptoTests.AppId);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(PushVerdict.StaleTimestamp, Reader().Read(query, body).Verdict);
    }

    [Fact]
    public void ChecksThePlaintextSignatureInPlaintextMode()
    {
        var query = new Dictionary<string, string>
        {
            ["signature"] = MessagePushCrypto.Signature(Token, Timestamp, Nonce),
            ["timestamp"] = Timestamp,
            ["nonce"] = Nonce,
        };
        var body = Encoding.UTF8.GetBytes(MessagePushCryptoTests.Message);
        var reader = Reader(MessagePushMode.Plaintext);

        Assert.Equal(PushVerdict.Authentic, reader.Read(query, body).Verdict);
        Assert.Equal(PushVerdict.InvalidSignature, reader.Read(new Dictionary<string, string>(query) { ["nonce"] = "other" }, body).Verdict);
    }

    [Fact]
    public void AnswersTheHandshakeOnlyWhenSignedWithTheToken()
    {
        var query = new Dictionary<string, string>
        {
            ["signature"] = "f464b24fc39322e44b38aa78f5edd27bd1441696",
            ["timestamp"] = "1714036504",
            ["nonce"] = "1514711492",
            ["echostr"] = "echo-me",
        };

        Assert.Equal("echo-me", Reader(token: "AAAAA").Handshake(query));
        Assert.Null(Reader(token: "BBBBB").Handshake(query));
    }

    [Fact]
    public void IgnoresEventsItDoesNotActOn()
    {
        var (query, body) = Secure("""{"MsgType":"event","Event":"user_enter_tempsession"}""", MessagePushCryptoTests.AppId);

        Assert.Equal(PushVerdict.UnsupportedEvent, Reader().Read(query, body).Verdict);
    }

    private VirtualPaymentPushReader Reader(MessagePushMode mode = MessagePushMode.Secure, string token = Token) => new(
        Options.Create(new MessagePushOptions { Token = token, EncodingAesKey = MessagePushCryptoTests.EncodingAesKey, Mode = mode }),
        Options.Create(new WeChatOptions { AppId = MessagePushCryptoTests.AppId, AppSecret = "secret" }),
        _clock);

    private static (Dictionary<string, string> Query, byte[] Body) Secure(string message, string appId)
    {
        var encrypted = MessagePushCryptoTests.Seal(MessagePushCrypto.AesKey(MessagePushCryptoTests.EncodingAesKey), message, appId);
        var query = new Dictionary<string, string>
        {
            ["signature"] = MessagePushCrypto.Signature(Token, Timestamp, Nonce),
            ["timestamp"] = Timestamp,
            ["nonce"] = Nonce,
            ["encrypt_type"] = "aes",
            ["msg_signature"] = MessagePushCrypto.Signature(Token, Timestamp, Nonce, encrypted),
        };
        return (query, JsonSerializer.SerializeToUtf8Bytes(new { ToUserName = "gh_kp", Encrypt = encrypted }));
    }
}
