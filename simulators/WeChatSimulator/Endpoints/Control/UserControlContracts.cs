using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

internal sealed record CreateUserRequest(
    [property: JsonPropertyName("openid")] string? OpenId,
    [property: JsonPropertyName("unionid")] string? UnionId,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("risky")] bool? Risky);

internal sealed record CreatedUserResponse(
    [property: JsonPropertyName("openid")] string OpenId,
    [property: JsonPropertyName("unionid")] string UnionId,
    [property: JsonPropertyName("loginCode")] string LoginCode);

internal sealed record UserResponse(
    [property: JsonPropertyName("openid")] string OpenId,
    [property: JsonPropertyName("unionid")] string UnionId,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("risky")] bool Risky,
    [property: JsonPropertyName("sessionKey")] string SessionKey);

internal sealed record LoginCodeResponse(string LoginCode);

internal sealed record PhoneCodeResponse(string PhoneCode);
