using KnowledgePay.Infrastructure.WeChat.VirtualPayment;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.VirtualPayment;

/// <summary>
/// Known answers computed once with OpenSSL, e.g.
/// <c>printf '%s' "requestVirtualPayment&amp;$SIGN_DATA" | openssl dgst -sha256 -hmac kpTestAppKey0000000000000000001</c>.
/// </summary>
public sealed class VirtualPaymentSignaturesTests
{
    private const string AppKey = "kpTestAppKey0000000000000000001";

    /// <summary>The session key of WECHAT.md §1.2's verified vector: used as text, not base64-decoded.</summary>
    private const string SessionKey = "o0q0otL8aEzpcZL/FT9WsQ==";

    private const string SignData =
        """{"offerId":"1450012345","buyQuantity":1,"env":1,"currencyType":"CNY","productId":"kp_tier_4900","goodsPrice":4900,"outTradeNo":"KP20261202110000ABCDEFGHJK","attach":"0193a1b2c3d4e5f60718293a4b5c6d7e"}""";

    [Fact]
    public void SignsPaySigWithTheAppKeyOverTheRequestVirtualPaymentPrefix() =>
        Assert.Equal(
            "85ab3dcac773ec8ec598ceb2ce5702766be492a147df981d5b7220fbc70efe74",
            VirtualPaymentSignatures.PaySig(AppKey, SignData));

    [Fact]
    public void SignsTheUserSignatureWithTheSessionKeyText() =>
        Assert.Equal(
            "fb002bc5c36ebbc1d7ae0973c0581e7c3f87f3c80144b204c8d04b7816c50e2c",
            VirtualPaymentSignatures.UserSignature(SessionKey, SignData));

    [Fact]
    public void MatchesWeChatsPublishedSessionSignatureVector() =>
        Assert.Equal(
            "654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b",
            VirtualPaymentSignatures.UserSignature(SessionKey, """{"foo":"bar"}"""));

    [Fact]
    public void SignsAServerCallOverItsPathAndExactBody() =>
        Assert.Equal(
            "328c3df9b4dab83e2efff990adfd97f1d983e6f581841510a69687e3dddfeb60",
            VirtualPaymentSignatures.ApiPaySig(AppKey, "/xpay/query_order", """{"openid":"o_buyer","env":1,"order_id":"KP20261202110000ABCDEFGHJK"}"""));

    [Fact]
    public void SignDataKeepsNumbersAsNumbersInTheDocumentedOrder() =>
        Assert.Equal(
            SignData,
            new SignData("1450012345", 1, 1, "CNY", "kp_tier_4900", 4900, "KP20261202110000ABCDEFGHJK", "0193a1b2c3d4e5f60718293a4b5c6d7e").ToJson());
}
