namespace KnowledgePay.Infrastructure.Cluster;

/// <summary>Whether this node may run the deployment's background work now (the recommender's training, the sweeps).</summary>
internal interface ILeadership
{
    bool IsLeader { get; }

    /// <summary>False on a single-node deployment (SQLite, SQL Server): no other node can publish anything.</summary>
    bool MayHavePeers { get; }
}
