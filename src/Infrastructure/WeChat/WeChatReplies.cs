using System.Text.Json.Serialization;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>Every WeChat answer may carry an error; an absent errcode means 0, success (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html).</summary>
internal abstract record WeChatReply
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; init; }
}

internal sealed record Code2SessionReply : WeChatReply
{
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    [JsonPropertyName("unionid")]
    public string? UnionId { get; init; }

    [JsonPropertyName("session_key")]
    public string? SessionKey { get; init; }
}

internal sealed record StableTokenReply : WeChatReply
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}

internal sealed record PhoneNumberReply : WeChatReply
{
    [JsonPropertyName("phone_info")]
    public PhoneInfo? PhoneInfo { get; init; }
}

internal sealed record PhoneInfo(
    [property: JsonPropertyName("phoneNumber")] string PhoneNumber,
    [property: JsonPropertyName("purePhoneNumber")] string PurePhoneNumber,
    [property: JsonPropertyName("countryCode")] string CountryCode,
    [property: JsonPropertyName("watermark")] Watermark? Watermark);

internal sealed record Watermark([property: JsonPropertyName("appid")] string? AppId);
