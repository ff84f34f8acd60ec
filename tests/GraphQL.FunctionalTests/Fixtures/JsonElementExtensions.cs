using System.Text.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

public static class JsonElementExtensions
{
    /// <summary>The <c>nodes</c> of a connection field of <paramref name="data"/>.</summary>
    public static IReadOnlyList<JsonElement> Nodes(this JsonElement data, string connection) =>
        [.. data.GetProperty(connection).GetProperty("nodes").EnumerateArray()];

    public static IReadOnlyList<string?> Titles(this JsonElement data, string connection = "courses") =>
        [.. data.Nodes(connection).Select(n => n.GetProperty("title").GetString())];
}
