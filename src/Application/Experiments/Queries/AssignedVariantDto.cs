namespace KnowledgePay.Application.Experiments.Queries;

/// <summary>
/// The variant one viewer sees: its key, payload and (price experiments) price in fen; <see cref="Exposed"/> says
/// whether the viewer takes part (false: they see the control and count nowhere).
/// </summary>
public sealed record AssignedVariantDto(string ExperimentKey, string VariantKey, string? Payload, long? PriceFen, bool Exposed);
