using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.SubscriptionMessages;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/subscriptions</c> {openid, templateIds, status: accept|reject|ban, count?} plays the user answering
/// <c>wx.requestSubscribeMessage</c> and answers as it does ({templateId: status}); <c>GET /__sim/subscriptions?openid=</c>
/// lists what users hold. <c>POST /__sim/subscription-templates</c> {templateId, keys} adds a template;
/// <c>GET /__sim/subscription-messages</c> lists the messages sent, oldest first.
/// </summary>
internal static class SubscriptionControlEndpoints
{
    private const int MaxCount = 1000;

    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapPost("/subscriptions", AnswerAsync);
        control.MapGet("/subscriptions", (string? openid, SubscriptionLedger ledger) => ControlResults.Ok(ledger.Subscriptions(openid)));
        control.MapPost("/subscription-templates", AddTemplateAsync);
        control.MapGet("/subscription-messages", (SubscriptionLedger ledger) => ControlResults.Ok(ledger.Delivered()));
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, UserDirectory users, SubscriptionLedger ledger)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<AnswerRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is not { OpenId.Length: > 0, TemplateIds.Length: > 0 and <= 3 }
            || !Enum.TryParse<SubscriptionAnswer>(body.Status ?? "accept", ignoreCase: true, out var answer)
            || body.Count is < 1 or > MaxCount)
        {
            return ControlResults.BadRequest("The body must be JSON: {openid, templateIds (1 to 3), status?: accept|reject|ban, count?}.");
        }
        if (users.Find(body.OpenId) is null)
        {
            return ControlResults.UnknownUser(body.OpenId);
        }
        if (body.TemplateIds.FirstOrDefault(id => ledger.KeysOf(id) is null) is { } unknown)
        {
            return ControlResults.NotFound($"The mini program has no subscription template '{unknown}'.");
        }
        var status = answer.ToString().ToLowerInvariant();
        var result = new Dictionary<string, string> { ["errMsg"] = "requestSubscribeMessage:ok" };
        foreach (var templateId in body.TemplateIds)
        {
            ledger.Answer(body.OpenId, templateId, answer, body.Count ?? 1);
            result[templateId] = status;
        }
        return ControlResults.Ok(result);
    }

    private static async Task<IResult> AddTemplateAsync(HttpRequest request, SubscriptionLedger ledger)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<TemplateRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is not { TemplateId.Length: > 0, Keys.Length: > 0 } || body.Keys.Any(string.IsNullOrWhiteSpace))
        {
            return ControlResults.BadRequest("The body must be JSON: {templateId, keys: [\"thing1\", \"amount2\", …]}.");
        }
        ledger.AddTemplate(body.TemplateId, body.Keys);
        return ControlResults.Ok(body);
    }

    private sealed record AnswerRequest(
        [property: JsonPropertyName("openid")] string? OpenId,
        string[]? TemplateIds,
        string? Status,
        int? Count);

    private sealed record TemplateRequest(string? TemplateId, string[]? Keys);
}
