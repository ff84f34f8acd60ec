using System.Security.Cryptography;
using KnowledgePay.Infrastructure.WeChat.MessagePush;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.MessagePush;

public sealed class MessagePushCryptoTests
{
    public const string EncodingAesKey = "kpTestEncodingAesKey0123456789abcdefghijklm";
    public const string AppId = "wx5e7a1d0c3b2f4968";

    public const string Message = """{"Event":"xpay_goods_deliver_notify","OutTradeNo":"KP20261202110000ABCDEFGHJK","OpenId":"o_buyer"}""";

    /// <summary>
    /// "0123456789abcdef" ‖ length ‖ <see cref="Message"/> ‖ <see cref="AppId"/>, PKCS#7-padded to 32 bytes, encrypted with
    /// <c>openssl enc -aes-256-cbc -nopad -K &lt;key hex&gt; -iv &lt;first 16 key bytes hex&gt;</c>.
    /// </summary>
    private const string Encrypted =
        "vgVJZHlYIBfnMDM19wOPCyJP/0qXm1Rwzv89B+7HLBEfm8fL20wyznI1D0LP32qjwe0uJIk00U7IbUVxsQ3aDzUlugqBNZr/8cqknlmJzvHDv8tsHDpjNhaw"
        + "Rh12+ohe7A5M8O2z/lOHJYFVNeO8QrmDJ+xFWHVOu1HbL/xKqyAYLqXyLub9vs7mlA7jqT1uPhQVepDL/XBO2kwpA2xHKQ==";

    [Fact]
    public void SignsTheHandshakeLikeWeChatsVerifiedVector() =>
        Assert.Equal("f464b24fc39322e44b38aa78f5edd27bd1441696", MessagePushCrypto.Signature("AAAAA", "1714036504", "1514711492"));

    [Fact]
    public void SortsThePartsWhateverOrderTheyComeIn() =>
        Assert.True(MessagePushCrypto.SignatureMatches("F464B24FC39322E44B38AA78F5EDD27BD1441696", "1514711492", "AAAAA", "1714036504"));

    [Fact]
    public void DecryptsTheOpenSslVectorToTheMessageAndAppId()
    {
        var opened = MessagePushCrypto.Decrypt(MessagePushCrypto.AesKey(EncodingAesKey), Encrypted);

        Assert.Equal((Message, AppId), opened);
    }

    [Fact]
    public void RoundTripsWhatItsOwnTestEncryptionSeals()
    {
        var key = MessagePushCrypto.AesKey(EncodingAesKey);

        var opened = MessagePushCrypto.Decrypt(key, Seal(key, "{\"Event\":\"x\"}", AppId));

        Assert.Equal(("{\"Event\":\"x\"}", AppId), opened);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void RefusesWhatIsNotAMessageOfOurs(string encrypted) =>
        Assert.Null(MessagePushCrypto.Decrypt(MessagePushCrypto.AesKey(EncodingAesKey), encrypted));

    [Fact]
    public void RefusesAMessageSealedUnderAnotherKey()
    {
        var otherKey = RandomNumberGenerator.GetBytes(32);

        var opened = MessagePushCrypto.Decrypt(MessagePushCrypto.AesKey(EncodingAesKey), Seal(otherKey, Message, AppId));

        Assert.NotEqual((Message, AppId), opened);
    }

    /// <summary>The secure-mode layout, written out independently of the code under test.</summary>
    public static string Seal(byte[] key, string message, string appId)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(message);
        var id = System.Text.Encoding.UTF8.GetBytes(appId);
        var plain = new List<byte>(RandomNumberGenerator.GetBytes(16));
        plain.AddRange([(byte)(body.Length >> 24), (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length]);
        plain.AddRange(body);
        plain.AddRange(id);
        var pad = 32 - (plain.Count % 32);
        plain.AddRange(Enumerable.Repeat((byte)pad, pad));
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain.ToArray(), key.AsSpan(0, 16), PaddingMode.None));
    }
}
