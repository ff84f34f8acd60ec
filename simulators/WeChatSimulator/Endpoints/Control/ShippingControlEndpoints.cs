using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>GET /__sim/shipping</c>: the shipping records upload_shipping_info accepted, oldest first.</summary>
internal static class ShippingControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control) =>
        control.MapGet("/shipping", (ShippingUploads uploads) => ControlResults.Ok(uploads.Snapshot()));
}
