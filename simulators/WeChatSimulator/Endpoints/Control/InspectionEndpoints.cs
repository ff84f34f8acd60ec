using KnowledgePay.WeChatSimulator.Calls;
using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>GET /__sim/calls</c> (calls received per API) and <c>POST /__sim/reset</c> (forget everything).</summary>
internal static class InspectionEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapGet("/calls", (UpstreamCallLog calls) => ControlResults.Ok(calls.Snapshot()));
        control.MapPost("/reset", (IEnumerable<ISimulatorState> states) =>
        {
            foreach (var state in states)
            {
                state.Reset();
            }
            return Results.NoContent();
        });
    }
}
