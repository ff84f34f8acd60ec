using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Experiments;

/// <summary>Everything an operator sets on an experiment but its key, as a draft is created or redefined with it.</summary>
public sealed record ExperimentDefinition(
    string Name,
    ExperimentSurface Surface,
    IReadOnlyList<ExperimentVariant> Variants,
    ExperimentMetric PrimaryMetric,
    int ConversionWindowDays,
    OfferRef? Offer = null,
    ExperimentAudience Audience = ExperimentAudience.Everyone,
    Guid? SegmentId = null,
    ExperimentGuardrails? Guardrails = null,
    IReadOnlyList<string>? Platforms = null,
    string? Layer = null,
    int LayerSharePercent = 100);
