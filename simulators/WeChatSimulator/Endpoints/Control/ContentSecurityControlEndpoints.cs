using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State.ContentSecurity;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/content-security/rules</c> {phrase, suggest: pass|review|risky, label?} makes msgSecCheck judge text
/// containing the phrase so; <c>GET /__sim/content-security/checks</c> lists the checks made, oldest first.
/// </summary>
internal static class ContentSecurityControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapPost("/content-security/rules", AddRuleAsync);
        control.MapGet("/content-security/checks", (ContentRules rules) => ControlResults.Ok(rules.Checks()));
    }

    private static async Task<IResult> AddRuleAsync(HttpRequest request, ContentRules rules)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<AddRuleRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is not { Phrase.Length: > 0 } || !Enum.TryParse<ContentSuggest>(body.Suggest, ignoreCase: true, out var suggest))
        {
            return ControlResults.BadRequest("The body must be JSON: {phrase, suggest: pass|review|risky, label?}.");
        }
        var rule = new ContentRule(body.Phrase, suggest, body.Label ?? (suggest == ContentSuggest.Pass ? ContentRules.NormalLabel : 21000));
        rules.Add(rule);
        return ControlResults.Ok(rule);
    }

    private sealed record AddRuleRequest(
        [property: JsonPropertyName("phrase")] string? Phrase,
        [property: JsonPropertyName("suggest")] string? Suggest,
        [property: JsonPropertyName("label")] int? Label);
}
