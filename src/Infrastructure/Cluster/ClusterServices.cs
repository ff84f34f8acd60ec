using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Cluster;

public static class ClusterServices
{
    /// <summary>
    /// Section <c>Cluster</c>: the leader lease (<see cref="LeaderLease"/>) that gates the sweeps and the recommender's
    /// training, and its health check (tagged <c>leader</c>, which decides <c>/leaderz</c>).
    /// </summary>
    public static IHostApplicationBuilder AddClusterServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LeaderLease>();
        services.AddSingleton<ILeadership>(sp => sp.GetRequiredService<LeaderLease>());
        services.AddHostedService(sp => sp.GetRequiredService<LeaderLease>());
        services.AddHealthChecks().AddCheck<LeadershipHealthCheck>("leader", tags: ["leader"]);
        return builder;
    }
}
