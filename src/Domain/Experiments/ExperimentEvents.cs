using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Experiments;

public sealed record ExperimentCreatedEvent(Guid ExperimentId, string Key, ExperimentSurface Surface) : IDomainEvent;

/// <summary>An operator redefined a draft (variants, targeting, metric).</summary>
public sealed record ExperimentChangedEvent(Guid ExperimentId, string Key) : IDomainEvent;

/// <summary>The experiment began assigning users; a layered one holds buckets [LayerStart, LayerEnd) of its layer.</summary>
public sealed record ExperimentStartedEvent(Guid ExperimentId, string Key, string? Layer, int LayerStart, int LayerEnd) : IDomainEvent;

public sealed record ExperimentStoppedEvent(Guid ExperimentId, string Key, string? WinningVariantKey, string Decision) : IDomainEvent;
