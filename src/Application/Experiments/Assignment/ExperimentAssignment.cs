using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Assignment;

/// <summary>What one user sees of one experiment: the variant, and whether they are in it (exposed) or simply see the control.</summary>
public sealed record ExperimentAssignment(Experiment Experiment, ExperimentVariant Variant, bool Exposed)
{
    public static ExperimentAssignment NotIn(Experiment experiment) => new(experiment, experiment.Control, false);
}
