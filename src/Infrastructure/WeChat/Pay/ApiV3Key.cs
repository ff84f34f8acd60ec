using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>The merchant's APIv3 key: 32 ASCII characters used as the AES-256-GCM key (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/apiv3key.html).</summary>
public sealed class ApiV3Key
{
    public const int Length = 32;

    private ApiV3Key(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static bool IsWellFormed(string? text) => text is { Length: Length } && text.All(char.IsAscii);

    public static ApiV3Key FromText(string text) => IsWellFormed(text)
        ? new ApiV3Key(Encoding.ASCII.GetBytes(text))
        : throw new ArgumentException($"The APIv3 key must be {Length} ASCII characters.", nameof(text));
}
