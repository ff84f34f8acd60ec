using KnowledgePay.WeChatSimulator.Notifications;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>GET /__sim/deliveries</c> lists every notification attempt; <c>POST …/{id}/redeliver</c> sends one again.</summary>
internal static class DeliveryControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapGet("/deliveries", (DeliveryLog log) => ControlResults.Ok(log.Snapshot()));
        control.MapPost("/deliveries/{id}/redeliver", RedeliverAsync);
    }

    private static async Task<IResult> RedeliverAsync(string id, NotificationSender sender, HttpContext http) =>
        await sender.RedeliverAsync(id, http.RequestAborted) is { } delivery
            ? ControlResults.Ok(delivery)
            : ControlResults.NotFound($"No delivery has id '{id}'.");
}
