namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Item-kNN as published: <paramref name="Neighbours"/> kept per item, <paramref name="Shrinkage"/> added to the cosine's
/// denominator, <paramref name="Weighting"/> of the interaction matrix, and each item's kept similarities
/// <paramref name="Normalise"/>d to sum 1. Defaults: the values chosen on protocol (a) validation splits (docs/recommender/evaluation-and-baselines.md).
/// </summary>
public sealed record ItemKnnOptions(int Neighbours = 50, float Shrinkage = 300f, InteractionWeighting Weighting = InteractionWeighting.TfIdf, bool Normalise = true);
