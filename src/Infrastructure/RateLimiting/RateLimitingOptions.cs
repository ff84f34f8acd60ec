namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: the allowances of every caller, per user (token subject) and per address (after
/// forwarded headers), shared through Redis when <c>Redis:Configuration</c> is set. GraphQL operations spend points,
/// as many as their validated cost (a page of 50 courses with creator, category and tags costs about 2,000); the other
/// limited HTTP endpoints spend one request permit each. Addresses get more than users, as many users share a carrier
/// NAT address. The login and redeem-code throttles have their own fixed limits and are always on.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off turns the operation and request limits off (benchmarks); the login and redeem throttles stay.</summary>
    public bool Enabled { get; set; } = true;

    public TokenBucketLimit OperationPointsPerUser { get; set; } = new() { Burst = 50_000, PerSecond = 500 };

    public TokenBucketLimit OperationPointsPerAddress { get; set; } = new() { Burst = 200_000, PerSecond = 2_000 };

    public TokenBucketLimit RequestsPerUser { get; set; } = new() { Burst = 120, PerSecond = 2 };

    public TokenBucketLimit RequestsPerAddress { get; set; } = new() { Burst = 600, PerSecond = 10 };

    public bool IsValid => OperationPointsPerUser.IsValid && OperationPointsPerAddress.IsValid
        && RequestsPerUser.IsValid && RequestsPerAddress.IsValid;
}
