using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>Control endpoints speak camelCase JSON with plain HTTP statuses, independent of the host's JSON settings.</summary>
internal static class ControlResults
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok<TResponse>(TResponse response) => Results.Json(response, Json);

    public static IResult BadRequest(string error) => Results.Json(new ControlError(error), Json, statusCode: 400);

    public static IResult UnknownUser(string openId) => NotFound($"No simulated user has openid '{openId}'.");

    public static IResult NotFound(string error) => Results.Json(new ControlError(error), Json, statusCode: 404);

    public static IResult Conflict(string error) => Results.Json(new ControlError(error), Json, statusCode: 409);

    private sealed record ControlError(string Error);
}
