namespace KnowledgePay.Domain.Experiments;

/// <summary>The primary metric an experiment is decided on, per exposed user within the conversion window.</summary>
public enum ExperimentMetric
{
    /// <summary>Whether the user paid for an order within the window after their first exposure.</summary>
    Conversion,

    /// <summary>What the user paid, net of refunds, within the window after their first exposure (fen).</summary>
    RevenuePerUser,
}
