using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class WeChatPayNotificationReaderTests : IDisposable
{
    private const string NotificationId = "EV-2026010100000000000000000001";
    private const string OutTradeNo = "KP20260101000000001";
    private const string OutRefundNo = "KPR20260101000000001";
    private const string OpenId = "o_buyer_0001";

    private readonly ServiceProvider _services = WeChatPayServices.Build(new FakeWeChatPayServer());

    private IPaymentNotificationReader Reader => _services.GetRequiredService<IPaymentNotificationReader>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task AnAuthenticPaymentIsATransactionNotification()
    {
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")));

        var reading = await Reader.ReadAsync(headers, body, CancellationToken.None);

        Assert.Equal(
            new PaymentNotificationReading(NotificationVerdict.Authentic, NotificationId, new TransactionNotification(new TransactionReport(
                OutTradeNo, TransactionState.Succeeded, "4200000000202601010000000001", 4900, "CNY", OpenId,
                new DateTimeOffset(2026, 1, 1, 8, 5, 0, TimeSpan.FromHours(8))))),
            reading);
    }

    [Theory]
    [InlineData("REFUND.SUCCESS", "SUCCESS", RefundState.Succeeded)]
    [InlineData("REFUND.ABNORMAL", "ABNORMAL", RefundState.Abnormal)]
    [InlineData("REFUND.CLOSED", "CLOSED", RefundState.Closed)]
    public async Task AnAuthenticRefundIsARefundNotification(string eventType, string refundStatus, RefundState expected)
    {
        var (headers, body) = Signed(Envelope(eventType, PlatformSigner.EncryptedResource(Refund(refundStatus), "refund")));

        var reading = await Reader.ReadAsync(headers, body, CancellationToken.None);

        Assert.Equal(
            new PaymentNotificationReading(NotificationVerdict.Authentic, NotificationId, new RefundNotification(new RefundReport(
                OutRefundNo, OutTradeNo, "50000000382019052709732678859", expected, 1000,
                new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(8))))),
            reading);
    }

    [Fact]
    public async Task HeadersAreFoundWhateverTheirCase()
    {
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")));
        var lowerCase = headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.Ordinal);

        Assert.True((await Reader.ReadAsync(lowerCase, body, CancellationToken.None)).IsAuthentic);
    }

    [Fact]
    public async Task MissingHeadersAreRejected()
    {
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")));
        headers.Remove("Wechatpay-Nonce");

        Assert.Equal(NotificationVerdict.MissingHeaders, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    [Theory]
    [InlineData(PlatformSigning.Unsigned, NotificationVerdict.MissingHeaders)]
    [InlineData(PlatformSigning.Probe, NotificationVerdict.Probe)]
    [InlineData(PlatformSigning.BadSignature, NotificationVerdict.InvalidSignature)]
    [InlineData(PlatformSigning.StaleTimestamp, NotificationVerdict.StaleTimestamp)]
    [InlineData(PlatformSigning.UnknownSerial, NotificationVerdict.UnknownSerial)]
    public async Task UntrustworthySignaturesAreRejected(PlatformSigning signing, NotificationVerdict expected)
    {
        var (headers, body) = Signed(
            Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")), signing);

        Assert.Equal(new PaymentNotificationReading(expected, null, null), (await Reader.ReadAsync(headers, body, CancellationToken.None)));
    }

    [Fact]
    public async Task AForgedSignatureWithTheMerchantKeyIsRejected()
    {
        var body = Encoding.UTF8.GetBytes(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")));
        using var merchantKey = RSA.Create();
        merchantKey.ImportFromPem(TestKeys.Pem(TestKeys.MerchantKeyFile));
        var headers = PlatformSigner.Headers(body, PlatformSigning.Valid, TestKeys.PublicKeyId, merchantKey);

        Assert.Equal(NotificationVerdict.InvalidSignature, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    [Fact]
    public async Task ABodyChangedAfterSigningIsRejected()
    {
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(Transaction(), "transaction")));
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace(NotificationId, "EV-2026010100000000000000000002"));

        Assert.Equal(NotificationVerdict.InvalidSignature, (await Reader.ReadAsync(headers, tampered, CancellationToken.None)).Verdict);
    }

    [Fact]
    public async Task AResourceEncryptedWithAnotherApiV3KeyFailsToDecrypt()
    {
        var resource = PlatformSigner.EncryptedResource(Transaction(), "transaction", "AnotherApiV3Key0123456789abcdef!");
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", resource));

        Assert.Equal(
            new PaymentNotificationReading(NotificationVerdict.DecryptionFailed, NotificationId, null), (await Reader.ReadAsync(headers, body, CancellationToken.None)));
    }

    [Fact]
    public async Task AResourceWithAlteredAssociatedDataFailsToDecrypt()
    {
        var resource = PlatformSigner.EncryptedResource(Transaction(), "transaction").Replace("\"transaction\"", "\"refund\"");
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", resource));

        Assert.Equal(NotificationVerdict.DecryptionFailed, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    [Theory]
    [InlineData("1900000002", WeChatPayServices.AppId)]
    [InlineData(TestKeys.MchId, "wx0000000000000000")]
    public async Task APaymentForAnotherMerchantOrAppIsForeign(string mchId, string appId)
    {
        var transaction = Transaction().Replace(TestKeys.MchId, mchId).Replace(WeChatPayServices.AppId, appId);
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(transaction, "transaction")));

        Assert.Equal(
            new PaymentNotificationReading(NotificationVerdict.ForeignMerchant, NotificationId, null), (await Reader.ReadAsync(headers, body, CancellationToken.None)));
    }

    [Fact]
    public async Task ARefundForAnotherMerchantIsForeign()
    {
        var refund = Refund("SUCCESS").Replace(TestKeys.MchId, "1900000002");
        var (headers, body) = Signed(Envelope("REFUND.SUCCESS", PlatformSigner.EncryptedResource(refund, "refund")));

        Assert.Equal(NotificationVerdict.ForeignMerchant, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    [Fact]
    public async Task OtherEventTypesAreUnsupported()
    {
        var (headers, body) = Signed(Envelope("MCHTRANSFER.BILL.FINISHED", PlatformSigner.EncryptedResource("{}", "mch_payment")));

        Assert.Equal(
            new PaymentNotificationReading(NotificationVerdict.UnsupportedEvent, NotificationId, null), (await Reader.ReadAsync(headers, body, CancellationToken.None)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS"}""")]
    [InlineData("""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS","resource":"text"}""")]
    [InlineData("""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS","resource":{"algorithm":"AEAD_AES_256_GCM","ciphertext":"%%%","nonce":"c5ac7a8f1e2d"}}""")]
    public async Task AMalformedEnvelopeIsMalformed(string envelope)
    {
        var (headers, body) = Signed(envelope);

        Assert.Equal(NotificationVerdict.Malformed, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"appid":"wx5e7a1d0c3b2f4968","mchid":"1900000001","out_trade_no":"KP20260101000000001","trade_state":"PAID"}""")]
    [InlineData("""{"appid":"wx5e7a1d0c3b2f4968","mchid":"1900000001","trade_state":"SUCCESS"}""")]
    public async Task AnUnreadablePaymentIsMalformed(string plaintext)
    {
        var (headers, body) = Signed(Envelope("TRANSACTION.SUCCESS", PlatformSigner.EncryptedResource(plaintext, "transaction")));

        Assert.Equal(NotificationVerdict.Malformed, (await Reader.ReadAsync(headers, body, CancellationToken.None)).Verdict);
    }

    private static (Dictionary<string, string> Headers, byte[] Body) Signed(string envelope, PlatformSigning signing = PlatformSigning.Valid)
    {
        var body = Encoding.UTF8.GetBytes(envelope);
        return (PlatformSigner.Headers(body, signing, TestKeys.PublicKeyId, TestKeys.PublicKeyModePrivateKey()), body);
    }

    private static string Envelope(string eventType, string resource) => $$"""
        {"id":"{{NotificationId}}","create_time":"2026-01-01T08:05:01+08:00","resource_type":"encrypt-resource",
         "event_type":"{{eventType}}","summary":"支付成功","resource":{{resource}} }
        """;

    private static string Transaction() => $$"""
        {"appid":"{{WeChatPayServices.AppId}}","mchid":"{{TestKeys.MchId}}","out_trade_no":"{{OutTradeNo}}",
         "transaction_id":"4200000000202601010000000001","trade_type":"JSAPI","trade_state":"SUCCESS",
         "trade_state_desc":"支付成功","bank_type":"OTHERS","attach":"","success_time":"2026-01-01T08:05:00+08:00",
         "payer":{"openid":"{{OpenId}}"},"amount":{"total":4900,"payer_total":4900,"currency":"CNY","payer_currency":"CNY"} }
        """;

    private static string Refund(string refundStatus) => $$"""
        {"mchid":"{{TestKeys.MchId}}","out_trade_no":"{{OutTradeNo}}","transaction_id":"4200000000202601010000000001",
         "out_refund_no":"{{OutRefundNo}}","refund_id":"50000000382019052709732678859","refund_status":"{{refundStatus}}",
         "success_time":"2026-01-02T10:00:00+08:00","user_received_account":"招商银行信用卡0403",
         "amount":{"total":4900,"refund":1000,"payer_total":4900,"payer_refund":1000} }
        """;
}
