using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;

/// <summary>
/// Virtual Payment's AppKey signatures, lower-case hex HMAC-SHA256
/// (https://developers.weixin.qq.com/minigame/introduction/commercialization/virtual-payment/signature.html): paySig over
/// <c>"requestVirtualPayment&amp;" + signData</c>, a server API's pay_sig over <c>"/xpay/&lt;name&gt;&amp;" + body</c>.
/// </summary>
internal static class XPaySignatures
{
    public static string PaySig(string appKey, string signData) => Hmac(appKey, "requestVirtualPayment&" + signData);

    public static string ApiPaySig(string appKey, string apiPath, string body) => Hmac(appKey, apiPath + "&" + body);

    public static bool Matches(string expected, string? actual) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual.ToLowerInvariant()));

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
