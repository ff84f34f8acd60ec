namespace KnowledgePay.GraphQL.Http;

/// <summary>Transport limits of the <c>/graphql</c> endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted POST body; larger requests answer 413 with <c>REQUEST_TOO_LARGE</c>.</summary>
    public int MaxRequestBytes { get; set; } = 100 * 1024;
}
