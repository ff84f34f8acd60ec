using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgePay.GraphQL.Http;

public static class HealthEndpoints
{
    /// <summary>Health checks with this tag decide <c>/readyz</c> (e.g. the database check).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Health checks with this tag decide <c>/leaderz</c> (whether this node holds the leader lease).</summary>
    public const string LeaderTag = "leader";

    /// <summary>
    /// <c>/healthz</c>: the process is alive (runs no checks). <c>/readyz</c>: every check tagged <see cref="ReadyTag"/>
    /// passes. <c>/leaderz</c>: 200 on the node that runs the deployment's background work, 503 on the others.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        endpoints.MapHealthChecks("/leaderz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LeaderTag) });
        return endpoints;
    }
}
