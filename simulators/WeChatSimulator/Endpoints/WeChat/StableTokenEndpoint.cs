using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary><c>POST /cgi-bin/stable_token</c>: the server's access token, JSON body only (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html).</summary>
internal static class StableTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/cgi-bin/stable_token", HandleAsync).AsWeChatApi(WeChatApi.GetStableAccessToken);

    private static async Task<IResult> HandleAsync(
        HttpRequest request, IOptions<WeChatSimulatorOptions> options, StableAccessTokens tokens, SimulatedClock clock)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<StableTokenRequest>(request, WeChatResults.Json);
        if (!isWellFormed || body is null)
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        if (body.GrantType != "client_credential")
        {
            return WeChatResults.Error(WeChatErrors.InvalidGrantType);
        }
        if (AppCredentials.Check(options.Value, body.AppId, body.Secret) is { } credentialError)
        {
            return WeChatResults.Error(credentialError);
        }
        var outcome = tokens.Obtain(body.ForceRefresh ?? false);
        if (outcome.Error is { } error)
        {
            return WeChatResults.Error(error);
        }
        var token = outcome.Token!;
        var expiresIn = (int)Math.Ceiling((token.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        return WeChatResults.Ok(new StableTokenResponse(token.Token, expiresIn));
    }
}
