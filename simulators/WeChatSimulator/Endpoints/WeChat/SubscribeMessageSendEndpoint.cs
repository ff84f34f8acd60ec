using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.SubscriptionMessages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>
/// <c>POST /cgi-bin/message/subscribe/send</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
/// 40003 for an openid that is not one of the app's users, 40037 for a template the mini program does not have, 41030
/// for a page its released version lacks, 47003 naming the first data key whose value is missing or breaks its type's
/// rule, 43101 when the user holds no one-time subscription of the template (or banned it); otherwise one subscription
/// is spent, the message recorded, and a msgid answered. miniprogram_state and lang outside their lists are malformed.
/// </summary>
internal static class SubscribeMessageSendEndpoint
{
    private static readonly string[] States = ["developer", "trial", "formal"];
    private static readonly string[] Languages = ["zh_CN", "en_US", "zh_HK", "zh_TW"];
    private static long _lastMsgId = 2_000_000_000;

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/cgi-bin/message/subscribe/send", HandleAsync).AsWeChatApi(WeChatApi.SendSubscribeMessage);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = "access_token")] string? accessToken,
        HttpRequest request,
        StableAccessTokens tokens,
        UserDirectory users,
        SubscriptionLedger ledger,
        IOptions<WeChatSimulatorOptions> options,
        SimulatedClock clock)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        var (isWellFormed, body) = await JsonBody.TryReadAsync<SendRequest>(request, WeChatResults.Json);
        var state = body?.MiniProgramState ?? "formal";
        var lang = body?.Lang ?? "zh_CN";
        if (!isWellFormed || body is null || !States.Contains(state) || !Languages.Contains(lang))
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        if (body.ToUser is not { Length: > 0 } openId || users.Find(openId) is null)
        {
            return WeChatResults.Error(WeChatErrors.InvalidOpenId);
        }
        if (body.TemplateId is not { Length: > 0 } templateId || ledger.KeysOf(templateId) is not { } keys)
        {
            return WeChatResults.Error(WeChatErrors.InvalidTemplateId);
        }
        if (body.Page is { Length: > 0 } page && !options.Value.MiniProgramPages.Contains(page.Split('?')[0]))
        {
            return WeChatResults.Error(WeChatErrors.InvalidPage);
        }
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var value = body.Data?.GetValueOrDefault(key)?.Value;
            if (SubscriptionValueRules.Check(key, value) is { } problem)
            {
                return WeChatResults.Error(WeChatErrors.ArgumentInvalid(key, problem));
            }
            data[key] = value!;
        }
        var message = new DeliveredMessage(
            Interlocked.Increment(ref _lastMsgId), openId, templateId, body.Page, data, state, lang, clock.GetUtcNow());
        return ledger.TryDeliver(message)
            ? WeChatResults.Ok(new SendResponse(0, "ok", message.MsgId))
            : WeChatResults.Error(WeChatErrors.UserRefused);
    }

    private sealed record SendRequest(
        [property: JsonPropertyName("touser")] string? ToUser,
        [property: JsonPropertyName("template_id")] string? TemplateId,
        [property: JsonPropertyName("page")] string? Page,
        [property: JsonPropertyName("data")] Dictionary<string, DataValue?>? Data,
        [property: JsonPropertyName("miniprogram_state")] string? MiniProgramState,
        [property: JsonPropertyName("lang")] string? Lang);

    private sealed record DataValue([property: JsonPropertyName("value")] string? Value);

    private sealed record SendResponse(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string ErrMsg,
        [property: JsonPropertyName("msgid")] long MsgId);
}
