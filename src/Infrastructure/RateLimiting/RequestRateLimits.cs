using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>
/// The caller allowances of <see cref="RateLimitingOptions"/>: each a chain of the user's bucket (anonymous callers
/// have none) and the address's bucket; unlimited when <c>RateLimiting:Enabled</c> is false.
/// </summary>
internal sealed class RequestRateLimits : IRequestRateLimits, IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public RequestRateLimits(SharedRateLimiters limiters, IOptions<RateLimitingOptions> options)
    {
        var settings = options.Value;
        Enabled = settings.Enabled;
        Operations = settings.Enabled
            ? Chain(limiters, "operation", settings.OperationPointsPerUser, settings.OperationPointsPerAddress)
            : Unlimited();
        Requests = settings.Enabled
            ? Chain(limiters, "request", settings.RequestsPerUser, settings.RequestsPerAddress)
            : Unlimited();
    }

    public bool Enabled { get; }

    public PartitionedRateLimiter<RequestCaller> Operations { get; }

    public PartitionedRateLimiter<RequestCaller> Requests { get; }

    public void Dispose()
    {
        Operations.Dispose();
        Requests.Dispose();
        _owned.ForEach(limiter => limiter.Dispose());
    }

    private PartitionedRateLimiter<RequestCaller> Chain(
        SharedRateLimiters limiters, string name, TokenBucketLimit perUser, TokenBucketLimit perAddress)
    {
        var users = limiters.TokenBucket($"{name}-user", perUser);
        var addresses = limiters.TokenBucket($"{name}-address", perAddress);
        _owned.Add(users);
        _owned.Add(addresses);
        return PartitionedRateLimiter.CreateChained(
            addresses.WithTranslatedKey<RequestCaller>(caller => caller.Address, leaveOpen: true),
            PartitionedRateLimiter.Create<RequestCaller, string>(caller => caller.UserId is { } userId
                ? RateLimitPartition.Get(userId, key => new PartitionView<string>(users, key))
                : RateLimitPartition.GetNoLimiter("anonymous")));
    }

    private static PartitionedRateLimiter<RequestCaller> Unlimited() =>
        PartitionedRateLimiter.Create<RequestCaller, string>(_ => RateLimitPartition.GetNoLimiter("unlimited"));
}
