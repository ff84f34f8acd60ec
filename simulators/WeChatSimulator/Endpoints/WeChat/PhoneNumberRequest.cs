using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal sealed record PhoneNumberRequest(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("openid")] string? OpenId);
