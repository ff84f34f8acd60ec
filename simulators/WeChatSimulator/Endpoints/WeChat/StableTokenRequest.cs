using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal sealed record StableTokenRequest(
    [property: JsonPropertyName("grant_type")] string? GrantType,
    [property: JsonPropertyName("appid")] string? AppId,
    [property: JsonPropertyName("secret")] string? Secret,
    [property: JsonPropertyName("force_refresh")] bool? ForceRefresh);
