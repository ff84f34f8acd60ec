using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal sealed record StableTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
