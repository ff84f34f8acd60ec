namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// RP3beta (<see cref="KnowledgePay.Recommender.Training.Ease.RandomWalkWeights"/>): every walk step's probability is
/// raised to <paramref name="Exponent"/> (α), an item's weight is divided by its interaction count to the power
/// <paramref name="PopularityExponent"/> (β), each item keeps its <paramref name="Neighbours"/> largest weights, and only items
/// with at least <paramref name="MinInteractions"/> training interactions are modelled (as for EASE^R; the rest rank below them).
/// </summary>
public sealed record Rp3BetaOptions(float Exponent = 1f, float PopularityExponent = 0.5f, int Neighbours = 100, int MinInteractions = 10);
