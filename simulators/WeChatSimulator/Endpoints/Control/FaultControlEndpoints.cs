using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/faults</c> arms a fault for the next <c>count</c> (default 1) calls or notifications, in one of
/// three shapes: <c>{api, errcode}</c> for the login APIs, <c>{api, fault, status?}</c> for the WeChat Pay APIs and
/// <c>{notification, copies?, concurrent?, ms?, seconds?}</c> for notifications.
/// </summary>
internal static class FaultControlEndpoints
{
    private const int MaxCount = 10_000;
    private const string Shapes =
        "Send {api, errcode, count?}, {api, fault, status?, count?} or {notification, copies?, concurrent?, ms?, seconds?, count?}.";

    public static void Map(IEndpointRouteBuilder control) => control.MapPost("/faults", ArmAsync);

    private static async Task<IResult> ArmAsync(
        HttpRequest request,
        FaultQueue<WeChatError> loginFaults,
        FaultQueue<PayApiFault> payFaults,
        FaultQueue<NotificationFault> notificationFaults)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<FaultRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is null)
        {
            return ControlResults.BadRequest(Shapes);
        }
        var count = body.Count ?? 1;
        if (count is < 1 or > MaxCount)
        {
            return ControlResults.BadRequest($"count must be between 1 and {MaxCount}.");
        }
        var armed = body switch
        {
            { Notification: { } kind, Api: null } =>
                Arm(notificationFaults, kind, NotificationFault.Create(kind, body.Copies, body.Concurrent, body.Ms, body.Seconds), count),
            { Api: { } api, Fault: { } kind, ErrCode: null } => Arm(payFaults, api, PayApiFault.Create(api, kind, body.Status), count),
            { Api: { } api, ErrCode: { } errCode, Fault: null } => Arm(loginFaults, api, LoginFaults.Find(api, errCode), count),
            _ => false,
        };
        return armed
            ? ControlResults.Ok(body with { Count = count })
            : ControlResults.BadRequest($"That fault cannot be armed. {Shapes}");
    }

    private static bool Arm<TFault>(FaultQueue<TFault> queue, string target, TFault? fault, int count)
        where TFault : class
    {
        if (fault is null)
        {
            return false;
        }
        queue.Arm(target, fault, count);
        return true;
    }

    private sealed record FaultRequest(
        string? Api,
        [property: JsonPropertyName("errcode")] int? ErrCode,
        string? Fault,
        int? Status,
        string? Notification,
        int? Copies,
        bool? Concurrent,
        int? Ms,
        int? Seconds,
        int? Count);
}
