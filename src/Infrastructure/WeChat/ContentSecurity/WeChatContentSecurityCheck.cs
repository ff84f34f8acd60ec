using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.WeChat.ContentSecurity;

/// <summary>
/// <c>POST /wxa/msg_sec_check</c>, version 2
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html): the
/// overall <c>result.suggest</c> (risky / pass / review) and <c>result.label</c> decide; the per-strategy
/// <c>detail</c> is not needed. A stale access token is renewed once.
/// </summary>
internal sealed class WeChatContentSecurityCheck(
    IHttpClientFactory clients, StableAccessTokenCache accessTokens, ILogger<WeChatContentSecurityCheck> logger)
    : IContentSecurityCheck
{
    private const string Api = "msgSecCheck";

    public async Task<WeChatResponse<TextCheckResult>> CheckTextAsync(TextCheck check, CancellationToken cancellationToken)
    {
        var body = new MsgSecCheckRequest(check.Content, Version: 2, (int)check.Scene, check.OpenId, check.Title);
        var response = await accessTokens.CallAsync(accessToken => RequestAsync(accessToken, body, cancellationToken), cancellationToken);
        return response.Select(ToResult);
    }

    private static WeChatResponse<TextCheckResult> ToResult(MsgSecCheckReply reply)
    {
        ContentVerdict? verdict = reply.Result?.Suggest switch
        {
            "pass" => ContentVerdict.Pass,
            "review" => ContentVerdict.Review,
            "risky" => ContentVerdict.Risky,
            _ => null,
        };
        return verdict is { } suggest
            ? WeChatResponse<TextCheckResult>.Ok(new TextCheckResult(suggest, reply.Result!.Label, reply.TraceId ?? string.Empty))
            : WeChatHttp.Unavailable<TextCheckResult>();
    }

    private Task<WeChatResponse<MsgSecCheckReply>> RequestAsync(
        string accessToken, MsgSecCheckRequest body, CancellationToken cancellationToken) =>
        WeChatHttp.PostJsonAsync<MsgSecCheckReply>(
            clients.CreateClient(WeChatHttp.ClientName), "wxa/msg_sec_check", accessToken, body, Api, logger, cancellationToken);

    private sealed record MsgSecCheckRequest(
        [property: JsonPropertyName("content")] string Content,
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("scene")] int Scene,
        [property: JsonPropertyName("openid")] string OpenId,
        [property: JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title);

    private sealed record MsgSecCheckReply : WeChatReply
    {
        [JsonPropertyName("result")]
        public CheckOutcome? Result { get; init; }

        [JsonPropertyName("trace_id")]
        public string? TraceId { get; init; }
    }

    private sealed record CheckOutcome(
        [property: JsonPropertyName("suggest")] string? Suggest,
        [property: JsonPropertyName("label")] int Label);
}
