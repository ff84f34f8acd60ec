namespace KnowledgePay.Domain.Experiments;

/// <summary>Which learners an experiment is shown to, by their history at the moment they are assigned.</summary>
public enum ExperimentAudience
{
    Everyone,

    /// <summary>Learners who have never paid for an order.</summary>
    NewLearners,

    /// <summary>Learners who have paid for at least one order.</summary>
    ReturningLearners,
}
