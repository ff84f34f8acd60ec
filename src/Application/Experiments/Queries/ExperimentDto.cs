using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Experiments.Queries;

public sealed record ExperimentDto
{
    public Guid Id { get; init; }

    public string Key { get; init; } = "";

    public string Name { get; init; } = "";

    public ExperimentSurface Surface { get; init; }

    public ExperimentStatus Status { get; init; }

    public IReadOnlyList<ExperimentVariantDto> Variants { get; init; } = [];

    public OfferKind? OfferKind { get; init; }

    public Guid? OfferId { get; init; }

    public ExperimentAudience Audience { get; init; }

    public Guid? SegmentId { get; init; }

    public string[] Platforms { get; init; } = [];

    public string? Layer { get; init; }

    public int LayerSharePercent { get; init; }

    public int LayerStart { get; init; }

    public int LayerEnd { get; init; }

    public ExperimentMetric PrimaryMetric { get; init; }

    public int ConversionWindowDays { get; init; }

    public double MaxRefundRateIncrease { get; init; }

    public double MaxPageErrorRateIncrease { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public string? WinningVariantKey { get; init; }

    public string? Decision { get; init; }
}

public sealed record ExperimentVariantDto
{
    public string Key { get; init; } = "";

    public int Weight { get; init; }

    public string? Payload { get; init; }

    public long? PriceFen { get; init; }
}
