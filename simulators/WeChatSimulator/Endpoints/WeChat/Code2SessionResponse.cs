using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>Success omits errcode, as the platform often does; unionid only for apps bound to the Open Platform.</summary>
internal sealed record Code2SessionResponse(
    [property: JsonPropertyName("openid")] string OpenId,
    [property: JsonPropertyName("session_key")] string SessionKey,
    [property: JsonPropertyName("unionid")] string? UnionId);
