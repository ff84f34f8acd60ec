using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// The three HMAC-SHA256 signatures of Virtual Payment, lower-case hex over UTF-8 text
/// (https://developers.weixin.qq.com/minigame/introduction/commercialization/virtual-payment/signature.html,
/// https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html).
/// </summary>
internal static class VirtualPaymentSignatures
{
    /// <summary><c>paySig</c> for <c>wx.requestVirtualPayment</c>: the AppKey over <c>"requestVirtualPayment&amp;" + signData</c>.</summary>
    public static string PaySig(string appKey, string signData) => Hmac(appKey, "requestVirtualPayment&" + signData);

    /// <summary>
    /// The user-state <c>signature</c>: keyed by the session_key text itself (not base64-decoded), over signData
    /// (https://developers.weixin.qq.com/minigame/en/dev/tutorial/open-ability/http-signature.html).
    /// </summary>
    public static string UserSignature(string sessionKey, string signData) => Hmac(sessionKey, signData);

    /// <summary><c>pay_sig</c> of a server API: the AppKey over <c>"/xpay/&lt;name&gt;&amp;" + the exact body sent</c>.</summary>
    public static string ApiPaySig(string appKey, string apiPath, string body) => Hmac(appKey, apiPath + "&" + body);

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
