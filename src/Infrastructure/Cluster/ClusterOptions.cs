using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.Cluster;

/// <summary>
/// Section <c>Cluster</c>: how the nodes of one deployment share background work. Only the node holding the leader lease
/// trains the recommender and runs the sweeps; every node serves the latest model the database holds.
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// How often a follower tries to take the lease, and how often the leader checks it still holds it: the bound on how
    /// long the deployment runs without a leader after one dies or loses the database.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan LeaseCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a node looks for a newer published recommender model than the one it serves.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan ModelPollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
