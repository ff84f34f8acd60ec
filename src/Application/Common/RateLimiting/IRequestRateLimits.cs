using System.Threading.RateLimiting;

namespace KnowledgePay.Application.Common.RateLimiting;

/// <summary>
/// The allowances every caller draws on, shared by all nodes of a deployment: a lease is acquired only when both the
/// user's (if signed in) and the address's allowance have enough left; a refused lease carries
/// <see cref="MetadataName.RetryAfter"/>.
/// </summary>
public interface IRequestRateLimits
{
    /// <summary>False when limiting is switched off: every lease is granted, whoever the caller.</summary>
    bool Enabled { get; }

    /// <summary>Points for GraphQL operations: an operation takes as many permits as its validated cost.</summary>
    PartitionedRateLimiter<RequestCaller> Operations { get; }

    /// <summary>One permit per request to the other HTTP endpoints that are limited.</summary>
    PartitionedRateLimiter<RequestCaller> Requests { get; }
}
