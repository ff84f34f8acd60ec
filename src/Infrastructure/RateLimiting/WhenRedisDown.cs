namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>What a shared limit does while Redis cannot be reached (ADR 0052).</summary>
public enum WhenRedisDown
{
    /// <summary>Fail open to this node's own limit: still limited, but each node counts alone until Redis is back.</summary>
    PerNode,

    /// <summary>Fail closed: refuse until Redis is back (the caller gets a typed refusal, never a server error).</summary>
    Refuse,
}
