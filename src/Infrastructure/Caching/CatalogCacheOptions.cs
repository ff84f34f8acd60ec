namespace KnowledgePay.Infrastructure.Caching;

/// <summary>Section <c>CatalogCache</c>: the shared cache of viewer-independent catalogue reads (docs/decisions, catalogue cache).</summary>
public sealed class CatalogCacheOptions
{
    public const string SectionName = "CatalogCache";

    /// <summary>False: every catalogue read goes to the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a node keeps an entry in its own memory. Invalidations reach every node over Redis at once; this bounds
    /// how stale a node can be when one was missed (Redis unreachable when it was sent).
    /// </summary>
    public TimeSpan LocalExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an entry lives in Redis, the level the nodes share.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(2);
}
