using System.Net.Http.Json;
using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Sharing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.MiniProgramCodes;

/// <summary>
/// <c>POST /wxa/getwxacodeunlimit</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html): the
/// body is JSON, and WeChat answers the image itself on success and a JSON errcode on failure. A stale access token is
/// renewed once.
/// </summary>
internal sealed class WeChatMiniProgramCodes(
    IHttpClientFactory clients,
    StableAccessTokenCache accessTokens,
    IOptionsMonitor<MiniProgramCodeOptions> options,
    ILogger<WeChatMiniProgramCodes> logger)
    : IMiniProgramCodes
{
    private const string Api = "getUnlimitedQRCode";

    public async Task<WeChatResponse<MiniProgramCode>> GetUnlimitedAsync(
        string scene, string page, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var body = new UnlimitedCodeRequest(scene, page, settings.CheckPath, settings.EnvVersion, settings.Width);
        return await accessTokens.CallAsync(accessToken => RequestAsync(accessToken, body, cancellationToken), cancellationToken);
    }

    private async Task<WeChatResponse<MiniProgramCode>> RequestAsync(
        string accessToken, UnlimitedCodeRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"wxa/getwxacodeunlimit?access_token={Uri.EscapeDataString(accessToken)}")
        {
            Content = JsonContent.Create(body),
        };
        var response = await WeChatHttp.SendForImageAsync(clients.CreateClient(WeChatHttp.ClientName), request, Api, logger, cancellationToken);
        return response.Select(image => WeChatResponse<MiniProgramCode>.Ok(
            new MiniProgramCode(image.ContentType, image.Content)));
    }

    private sealed record UnlimitedCodeRequest(
        [property: JsonPropertyName("scene")] string Scene,
        [property: JsonPropertyName("page")] string Page,
        [property: JsonPropertyName("check_path")] bool CheckPath,
        [property: JsonPropertyName("env_version")] string EnvVersion,
        [property: JsonPropertyName("width")] int Width);
}
