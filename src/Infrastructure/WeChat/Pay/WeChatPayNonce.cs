using System.Security.Cryptography;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

internal static class WeChatPayNonce
{
    /// <summary>32 upper-case hex characters from 16 random bytes (at most 32 characters: https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-generation.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-transfer-payment.html).</summary>
    public static string Create() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
