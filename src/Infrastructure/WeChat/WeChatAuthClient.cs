using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary><c>GET /sns/jscode2session</c> (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html).</summary>
internal sealed class WeChatAuthClient(
    IHttpClientFactory clients, IOptions<WeChatOptions> options, ILogger<WeChatAuthClient> logger) : IWeChatAuth
{
    private const string Api = "code2Session";

    public async Task<WeChatResponse<WeChatSession>> Code2SessionAsync(string code, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = "sns/jscode2session"
            + $"?appid={Uri.EscapeDataString(settings.AppId)}"
            + $"&secret={Uri.EscapeDataString(settings.AppSecret)}"
            + $"&js_code={Uri.EscapeDataString(code)}"
            + "&grant_type=authorization_code";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var response = await WeChatHttp.SendAsync<Code2SessionReply>(
            clients.CreateClient(WeChatHttp.ClientName), request, Api, logger, cancellationToken);
        return response.Select(reply => reply is { OpenId: { Length: > 0 } openId, SessionKey: { Length: > 0 } sessionKey }
            ? WeChatResponse<WeChatSession>.Ok(new WeChatSession(openId, string.IsNullOrEmpty(reply.UnionId) ? null : reply.UnionId, sessionKey))
            : WeChatHttp.Unavailable<WeChatSession>());
    }
}
