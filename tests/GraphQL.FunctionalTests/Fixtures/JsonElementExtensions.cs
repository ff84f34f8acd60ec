using System.Text.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

public static class JsonElementExtensions
{
    /// <summary>The <c>nodes</c> of a connection field of <paramref name="data"/>.</summary>
    public static IReadOnlyList<JsonElement> Nodes(this JsonElement data, string connection) =>
        [.. data.GetProperty(connection).GetProperty("nodes").EnumerateArray()];

    public static IReadOnlyList<string?> Titles(this JsonElement data, string connection = "courses") =>
        [.. data.Nodes(connection).Select(n => n.GetProperty("title").GetString())];

    /// <summary>Every string value anywhere in <paramref name="json"/>, unescaped (raw JSON may escape characters as \uXXXX).</summary>
    public static IEnumerable<string> AllStrings(this JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => p.Value.AllStrings()),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };

    /// <summary>The <c>errors</c> of a mutation payload as (__typename, code) pairs (code when selected); empty when it succeeded.</summary>
    public static IReadOnlyList<(string? Type, string? Code)> PayloadErrors(this JsonElement payload) =>
        payload.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors
            ? [.. errors.EnumerateArray().Select(e => (
                e.GetProperty("__typename").GetString(),
                e.TryGetProperty("code", out var code) ? code.GetString() : null))]
            : [];
}
