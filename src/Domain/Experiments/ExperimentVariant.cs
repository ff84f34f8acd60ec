namespace KnowledgePay.Domain.Experiments;

/// <summary>
/// One arm of an experiment: its key (<c>control</c>, <c>b</c>…), its share of assigned users in whole percent
/// (the variants' weights add up to 100), a payload for the client (JSON), and for a price experiment the price it
/// shows (null: the offer's own price).
/// </summary>
public sealed record ExperimentVariant(string Key, int Weight, string? Payload, long? PriceFen);
