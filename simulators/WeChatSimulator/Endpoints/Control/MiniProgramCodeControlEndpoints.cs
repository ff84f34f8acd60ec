using KnowledgePay.WeChatSimulator.State.MiniProgramCodes;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>GET /__sim/mini-program-codes</c>: the 小程序码 getwxacodeunlimit drew, oldest first.</summary>
internal static class MiniProgramCodeControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control) =>
        control.MapGet("/mini-program-codes", (DrawnCodes drawn) => ControlResults.Ok(drawn.Snapshot()));
}
