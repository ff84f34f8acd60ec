using System.Net;
using System.Text.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>An HTTP answer from /graphql: status, media type and the parsed JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null)];
}
