using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat.MessagePush;

/// <summary>
/// Section <c>WeChat:MessagePush</c>: the message push server settings from MP admin → 开发 → 开发设置 → 消息推送
/// (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md), JSON format.
/// </summary>
public sealed class MessagePushOptions : IValidatableObject
{
    public const string SectionName = "WeChat:MessagePush";

    [Required]
    public string Token { get; set; } = string.Empty;

    /// <summary>43 characters of base64 without the trailing <c>=</c>; required in secure mode.</summary>
    [RegularExpression("^[A-Za-z0-9+/]{43}$")]
    public string? EncodingAesKey { get; set; }

    public MessagePushMode Mode { get; set; } = MessagePushMode.Secure;

    /// <summary>How far a push's timestamp may be from our clock before it counts as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == MessagePushMode.Secure && string.IsNullOrEmpty(EncodingAesKey))
        {
            yield return new ValidationResult("Secure mode needs EncodingAesKey.", [nameof(EncodingAesKey)]);
        }
    }
}

public enum MessagePushMode
{
    /// <summary>明文模式: the body is the message, authenticated by <c>signature</c> only.</summary>
    Plaintext,

    /// <summary>安全模式: the body carries <c>Encrypt</c>, authenticated by <c>msg_signature</c>.</summary>
    Secure,
}
