using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgePay.GraphQL.Http;

public static class HealthEndpoints
{
    /// <summary>Health checks with this tag decide <c>/readyz</c> (e.g. the database check).</summary>
    public const string ReadyTag = "ready";

    /// <summary><c>/healthz</c>: the process is alive (runs no checks). <c>/readyz</c>: every check tagged <see cref="ReadyTag"/> passes.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
