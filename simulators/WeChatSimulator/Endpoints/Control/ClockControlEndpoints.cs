using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary><c>/__sim/clock</c>: read, set or advance the simulated clock (seconds).</summary>
internal static class ClockControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapGet("/clock", (SimulatedClock clock) => ControlResults.Ok(Describe(clock)));
        control.MapPost("/clock", ChangeAsync);
    }

    private static async Task<IResult> ChangeAsync(HttpRequest request, SimulatedClock clock)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<ClockChange>(request, ControlResults.Json);
        if (!isWellFormed || body is null || (body.OffsetSeconds is null) == (body.Advance is null))
        {
            return ControlResults.BadRequest("Send exactly one of {offsetSeconds} or {advance} (seconds).");
        }
        if (body.OffsetSeconds is { } offset)
        {
            clock.SetOffset(TimeSpan.FromSeconds(offset));
        }
        else
        {
            clock.Advance(TimeSpan.FromSeconds(body.Advance!.Value));
        }
        return ControlResults.Ok(Describe(clock));
    }

    private static ClockState Describe(SimulatedClock clock) => new(clock.GetUtcNow(), clock.Offset.TotalSeconds);

    private sealed record ClockChange(double? OffsetSeconds, double? Advance);

    private sealed record ClockState(DateTimeOffset Now, double OffsetSeconds);
}
