using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>Readiness: the configured database answers.</summary>
internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
}
