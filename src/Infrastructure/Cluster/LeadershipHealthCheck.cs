using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgePay.Infrastructure.Cluster;

/// <summary><c>/leaderz</c>: healthy on the node that holds the leader lease, unhealthy on the others.</summary>
internal sealed class LeadershipHealthCheck(ILeadership leadership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(leadership.IsLeader
            ? HealthCheckResult.Healthy("This node holds the leader lease.")
            : new HealthCheckResult(context.Registration.FailureStatus, "Another node holds the leader lease."));
}
