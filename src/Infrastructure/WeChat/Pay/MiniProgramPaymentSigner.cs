using System.Globalization;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>Builds and signs the <c>wx.requestPayment</c> parameters the mini program needs (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-transfer-payment.html).</summary>
public sealed class MiniProgramPaymentSigner(MerchantKeyMaterial merchant, TimeProvider clock)
{
    public const string SignType = "RSA";

    /// <param name="appId">The mini program appid the prepay was created with (WeChat checks they match).</param>
    public JsapiPaymentParameters Sign(string appId, string prepayId) =>
        Sign(appId, prepayId, clock.GetUtcNow().ToUnixTimeSeconds(), WeChatPayNonce.Create());

    public JsapiPaymentParameters Sign(string appId, string prepayId, long timestamp, string nonce)
    {
        // Seconds, not milliseconds: a 13-digit timeStamp is the classic paySign failure.
        var timeStamp = timestamp.ToString(CultureInfo.InvariantCulture);
        var package = $"prepay_id={prepayId}";
        var paySign = merchant.Sign(PaySignMessage(appId, timeStamp, nonce, package));
        return new JsapiPaymentParameters(appId, timeStamp, nonce, package, SignType, paySign);
    }

    /// <summary>Four lines, each ending in <c>\n</c>; <c>signType</c> is not signed.</summary>
    public static string PaySignMessage(string appId, string timeStamp, string nonceStr, string package) =>
        $"{appId}\n{timeStamp}\n{nonceStr}\n{package}\n";
}
