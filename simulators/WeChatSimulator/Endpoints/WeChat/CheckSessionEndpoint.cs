using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>
/// <c>GET /wxa/checksession</c>: tells whether the server still holds the user's current session_key, proven by
/// the HMAC of an empty message (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/checkSessionKey.html).
/// </summary>
internal static class CheckSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/wxa/checksession", Handle).AsWeChatApi(WeChatApi.CheckSessionKey);

    private static IResult Handle(
        [FromQuery(Name = "access_token")] string? accessToken,
        [FromQuery(Name = "openid")] string? openId,
        [FromQuery(Name = "signature")] string? signature,
        [FromQuery(Name = "sig_method")] string? sigMethod,
        StableAccessTokens tokens,
        UserDirectory users)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        if (string.IsNullOrEmpty(openId) || users.Find(openId) is not { } user)
        {
            return WeChatResults.Error(WeChatErrors.InvalidOpenId);
        }
        if (sigMethod != "hmac_sha256" || string.IsNullOrEmpty(signature)
            || !SessionSignature.Matches(user.SessionKey, string.Empty, signature))
        {
            return WeChatResults.Error(WeChatErrors.InvalidSignature);
        }
        return WeChatResults.Ok(new WeChatError(0, "ok"));
    }
}
