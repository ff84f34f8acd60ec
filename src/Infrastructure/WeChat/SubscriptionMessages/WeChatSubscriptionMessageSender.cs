using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.SubscriptionMessages;

/// <summary>
/// <c>POST /cgi-bin/message/subscribe/send</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
/// touser, template_id, page, data {key: {value}}, miniprogram_state and lang. WeChat spends one of the user's one-time
/// subscriptions per message it accepts; 43101 means none is left. A stale access token is renewed once.
/// </summary>
internal sealed class WeChatSubscriptionMessageSender(
    IHttpClientFactory clients,
    StableAccessTokenCache accessTokens,
    IOptionsMonitor<SubscriptionMessageOptions> options,
    ILogger<WeChatSubscriptionMessageSender> logger)
    : ISubscriptionMessageSender
{
    private const string Api = "sendMessage";

    public async Task<SubscriptionSendResult> SendAsync(SubscriptionMessageSend message, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var body = new SendRequest(
            message.OpenId,
            message.TemplateId,
            message.Page.Length > 0 ? message.Page : null,
            message.Data.ToDictionary(d => d.Key, d => new DataValue(d.Value)),
            settings.MiniProgramState,
            settings.Lang);
        var response = await accessTokens.CallAsync(accessToken => RequestAsync(accessToken, body, cancellationToken), cancellationToken);
        return response.Value is { } reply
            ? new SubscriptionSendResult(SubscriptionSendOutcome.Sent, 0, reply.MsgId?.ToString())
            : new SubscriptionSendResult(Classify(response.Failure!.ErrCode), response.Failure.ErrCode, null);
    }

    /// <summary>The errcodes the API lists; anything else (-1 system busy, no answer) is a failure worth no retry here.</summary>
    private static SubscriptionSendOutcome Classify(int errCode) => errCode switch
    {
        43101 => SubscriptionSendOutcome.Refused,
        47003 or 40037 or 40003 or 41030 => SubscriptionSendOutcome.Invalid,
        _ => SubscriptionSendOutcome.Failed,
    };

    private Task<WeChatResponse<SendReply>> RequestAsync(string accessToken, SendRequest body, CancellationToken cancellationToken) =>
        WeChatHttp.PostJsonAsync<SendReply>(
            clients.CreateClient(WeChatHttp.ClientName), "cgi-bin/message/subscribe/send", accessToken, body, Api, logger, cancellationToken);

    private sealed record SendRequest(
        [property: JsonPropertyName("touser")] string ToUser,
        [property: JsonPropertyName("template_id")] string TemplateId,
        [property: JsonPropertyName("page"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Page,
        [property: JsonPropertyName("data")] Dictionary<string, DataValue> Data,
        [property: JsonPropertyName("miniprogram_state")] string MiniProgramState,
        [property: JsonPropertyName("lang")] string Lang);

    private sealed record DataValue([property: JsonPropertyName("value")] string Value);

    /// <summary>WeChat answers a numeric msgid on success (not listed on every version of the page).</summary>
    private sealed record SendReply : WeChatReply
    {
        [JsonPropertyName("msgid")]
        public long? MsgId { get; init; }
    }
}
