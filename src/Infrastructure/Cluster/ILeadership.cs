namespace KnowledgePay.Infrastructure.Cluster;

/// <summary>Whether this node may run the deployment's background work now (the recommender's training, the sweeps).</summary>
internal interface ILeadership
{
    bool IsLeader { get; }
}
