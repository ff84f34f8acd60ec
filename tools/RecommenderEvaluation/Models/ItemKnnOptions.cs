namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Item-kNN as published: <paramref name="Neighbours"/> kept per item, <paramref name="Shrinkage"/> added to the cosine's
/// denominator, <paramref name="Weighting"/> of the interaction matrix, and each item's kept similarities
/// <paramref name="Normalise"/>d to sum 1. Defaults: the values chosen on validation splits (docs/walkthroughs/i17-eval.md).
/// </summary>
public sealed record ItemKnnOptions(int Neighbours = 100, float Shrinkage = 0f, InteractionWeighting Weighting = InteractionWeighting.None, bool Normalise = false);
