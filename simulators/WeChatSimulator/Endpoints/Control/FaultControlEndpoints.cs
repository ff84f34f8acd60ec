using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>POST /__sim/faults</c> {api, errcode, count?}: the next <c>count</c> calls to <c>api</c> answer that error.</summary>
internal static class FaultControlEndpoints
{
    private const int MaxCount = 10_000;

    public static void Map(IEndpointRouteBuilder control) => control.MapPost("/faults", ArmAsync);

    private static async Task<IResult> ArmAsync(HttpRequest request, FaultQueue<WeChatError> faults)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<FaultRequest>(request, ControlResults.Json);
        if (!isWellFormed || body?.Api is null || body.ErrCode is null)
        {
            return ControlResults.BadRequest("Send {api, errcode, count?}.");
        }
        if (LoginFaults.Find(body.Api, body.ErrCode.Value) is not { } fault)
        {
            return ControlResults.BadRequest($"{body.Api} cannot be made to answer errcode {body.ErrCode}.");
        }
        var count = body.Count ?? 1;
        if (count is < 1 or > MaxCount)
        {
            return ControlResults.BadRequest($"count must be between 1 and {MaxCount}.");
        }
        faults.Arm(body.Api, fault, count);
        return ControlResults.Ok(body with { Count = count });
    }

    private sealed record FaultRequest(
        string? Api,
        [property: JsonPropertyName("errcode")] int? ErrCode,
        int? Count);
}
