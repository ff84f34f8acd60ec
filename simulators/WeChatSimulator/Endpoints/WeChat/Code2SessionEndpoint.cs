using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary><c>GET /sns/jscode2session</c>: exchanges a login code for openid and session_key (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html).</summary>
internal static class Code2SessionEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/sns/jscode2session", Handle).AsWeChatApi(WeChatApi.Code2Session);

    private static IResult Handle(
        [FromQuery(Name = "appid")] string? appId,
        [FromQuery(Name = "secret")] string? secret,
        [FromQuery(Name = "js_code")] string? jsCode,
        [FromQuery(Name = "grant_type")] string? grantType,
        IOptions<WeChatSimulatorOptions> options,
        LoginCodes codes,
        UserDirectory users,
        UserRateLimiter rateLimiter)
    {
        var app = options.Value;
        if (AppCredentials.Check(app, appId, secret) is { } credentialError)
        {
            return WeChatResults.Error(credentialError);
        }
        if (grantType != "authorization_code")
        {
            return WeChatResults.Error(WeChatErrors.InvalidGrantType);
        }
        if (string.IsNullOrEmpty(jsCode))
        {
            return WeChatResults.Error(WeChatErrors.CodeMissing);
        }
        if (codes.FindOwner(jsCode) is not { } openId)
        {
            return WeChatResults.Error(WeChatErrors.InvalidCode);
        }
        if (!rateLimiter.TryAcquire(openId))
        {
            return WeChatResults.Error(WeChatErrors.MinuteQuotaReached);
        }
        if (!codes.TryRedeem(jsCode))
        {
            return WeChatResults.Error(WeChatErrors.InvalidCode);
        }
        var user = users.Find(openId)!;
        if (user.Risky)
        {
            return WeChatResults.Error(WeChatErrors.RiskyUser);
        }
        return WeChatResults.Ok(
            new Code2SessionResponse(user.OpenId, user.SessionKey, app.BoundToOpenPlatform ? user.UnionId : null));
    }
}
