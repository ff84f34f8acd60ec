using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.ContentSecurity;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>
/// <c>POST /wxa/msg_sec_check</c>, version 2
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html): checks the
/// text of a user of this mini program in scene 1–4 and answers <c>result.suggest</c> risky / pass / review with its
/// label, a one-strategy <c>detail</c> and a <c>trace_id</c>, judged by <see cref="ContentRules"/>. Version 1 bodies
/// (no version, no openid) and content over 2,500 characters are refused as malformed.
/// </summary>
internal static class MsgSecCheckEndpoint
{
    private const int MaxContentLength = 2500;

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/wxa/msg_sec_check", HandleAsync).AsWeChatApi(WeChatApi.MsgSecCheck);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = "access_token")] string? accessToken,
        HttpRequest request,
        StableAccessTokens tokens,
        UserDirectory users,
        ContentRules rules,
        SimulatedClock clock)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        var (isWellFormed, body) = await JsonBody.TryReadAsync<MsgSecCheckRequest>(request, WeChatResults.Json);
        if (!isWellFormed || body is not { Version: 2, Scene: >= 1 and <= 4, Content.Length: > 0 and <= MaxContentLength, OpenId.Length: > 0 })
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        if (users.Find(body.OpenId) is null)
        {
            return WeChatResults.Error(WeChatErrors.InvalidOpenId);
        }
        var text = body.Title is null ? body.Content : $"{body.Title}\n{body.Content}";
        var rule = rules.Judge(body.OpenId, body.Scene.Value, text, clock.GetUtcNow());
        var suggest = (rule?.Suggest ?? ContentSuggest.Pass).ToString().ToLowerInvariant();
        var label = rule?.Label ?? ContentRules.NormalLabel;
        return WeChatResults.Ok(new MsgSecCheckResponse(
            0,
            "ok",
            new MsgSecCheckResult(suggest, label),
            [new MsgSecCheckDetail("content_model", 0, suggest, label, rule is null ? 10 : 90, rule?.Phrase)],
            RandomText.RequestId()));
    }

    private sealed record MsgSecCheckRequest(
        [property: JsonPropertyName("content")] string? Content,
        [property: JsonPropertyName("version")] int? Version,
        [property: JsonPropertyName("scene")] int? Scene,
        [property: JsonPropertyName("openid")] string? OpenId,
        [property: JsonPropertyName("title")] string? Title);

    private sealed record MsgSecCheckResponse(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string ErrMsg,
        [property: JsonPropertyName("result")] MsgSecCheckResult Result,
        [property: JsonPropertyName("detail")] IReadOnlyList<MsgSecCheckDetail> Detail,
        [property: JsonPropertyName("trace_id")] string TraceId);

    private sealed record MsgSecCheckResult(
        [property: JsonPropertyName("suggest")] string Suggest,
        [property: JsonPropertyName("label")] int Label);

    private sealed record MsgSecCheckDetail(
        [property: JsonPropertyName("strategy")] string Strategy,
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("suggest")] string Suggest,
        [property: JsonPropertyName("label")] int Label,
        [property: JsonPropertyName("prob")] int Probability,
        [property: JsonPropertyName("keyword"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Keyword);
}
