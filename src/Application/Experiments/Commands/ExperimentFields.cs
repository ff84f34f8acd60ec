using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Commands;

/// <summary>
/// Everything an operator sets on an experiment but its key, as createExperiment and updateExperiment receive it. A price
/// experiment names the course (<paramref name="CourseId"/>) or the bundle or plan (<paramref name="OfferId"/>) it prices.
/// </summary>
public sealed record ExperimentFields(
    string Name,
    ExperimentSurface Surface,
    IReadOnlyList<ExperimentVariantFields> Variants,
    ExperimentMetric PrimaryMetric,
    int ConversionWindowDays,
    Guid? CourseId,
    Guid? OfferId,
    ExperimentAudience Audience,
    Guid? SegmentId,
    IReadOnlyList<ClientPlatform>? Platforms,
    string? Layer,
    int LayerSharePercent,
    double MaxRefundRateIncrease,
    double MaxPageErrorRateIncrease);

/// <summary>One arm: its key, share in whole percent, a JSON payload for the client, and for a price experiment its price in fen.</summary>
public sealed record ExperimentVariantFields(string Key, int Weight, string? Payload, long? Price);
