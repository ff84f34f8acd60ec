namespace KnowledgePay.GraphQL.Http;

/// <summary>Transport limits of the <c>/graphql</c> endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted POST body; larger requests answer 413 with <c>REQUEST_TOO_LARGE</c>.</summary>
    public int MaxRequestBytes { get; set; } = 100 * 1024;

    /// <summary>Parsed and validated documents kept (<see cref="ValidatedDocumentCache"/>), least recently used evicted.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>Query texts kept by their SHA-256 for automatic persisted queries (<see cref="PersistedQueries"/>).</summary>
    public int PersistedQueryCacheSize { get; set; } = 5_000;
}
