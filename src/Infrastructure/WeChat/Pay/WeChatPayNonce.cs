using System.Security.Cryptography;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

internal static class WeChatPayNonce
{
    /// <summary>32 upper-case hex characters from 16 random bytes (WECHAT.md §2.2, §2.5: at most 32 characters).</summary>
    public static string Create() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
