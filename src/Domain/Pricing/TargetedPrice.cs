namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// A price meant for one buyer: an experiment variant's price (<see cref="PriceStepKind.ExperimentPrice"/>) or a
/// campaign's personal price (<see cref="PriceStepKind.PersonalPrice"/>). <see cref="SourceId"/> names the experiment or
/// the personal offer, so the order line records where its price came from.
/// </summary>
public sealed record TargetedPrice(PriceStepKind Kind, Guid SourceId, long PriceFen, string Reason);
