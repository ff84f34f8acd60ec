using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// Calls <c>POST /xpay/&lt;name&gt;?access_token=&amp;pay_sig=</c> with the stable access token and the pay_sig of the exact
/// body sent (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order); a token WeChat
/// calls stale (40001) is renewed once and the call repeated. Every API used here is idempotent on its order or refund
/// number, so the HttpClient repeats calls that got no answer.
/// </summary>
internal sealed class VirtualPaymentApiClient(
    IHttpClientFactory clients,
    StableAccessTokenCache accessTokens,
    IOptions<VirtualPaymentOptions> options,
    ILogger<VirtualPaymentApiClient> logger)
{
    public const string HttpClientName = "WeChat.VirtualPayment";

    public async Task<WeChatResponse<TReply>> PostAsync<TReply>(string name, object body, CancellationToken cancellationToken)
        where TReply : WeChatReply
    {
        var json = JsonSerializer.Serialize(body);
        return await accessTokens.CallAsync(
            accessToken => SendAsync<TReply>(accessToken, name, json, cancellationToken), cancellationToken);
    }

    private async Task<WeChatResponse<TReply>> SendAsync<TReply>(
        string accessToken, string name, string json, CancellationToken cancellationToken)
        where TReply : WeChatReply
    {
        var paySig = VirtualPaymentSignatures.ApiPaySig(options.Value.AppKey, $"/xpay/{name}", json);
        using var request = new HttpRequestMessage(
            HttpMethod.Post, $"xpay/{name}?access_token={Uri.EscapeDataString(accessToken)}&pay_sig={paySig}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return await WeChatHttp.SendAsync<TReply>(clients.CreateClient(HttpClientName), request, $"xpay/{name}", logger, cancellationToken);
    }
}
