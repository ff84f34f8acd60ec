using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>What a model learns from: training interactions over the whole id space, and item features when given.</summary>
public sealed record TrainingSet(
    IReadOnlyList<Interaction> Interactions,
    int UserCount,
    int ItemCount,
    IReadOnlyDictionary<int, string[]>? ItemFeatures = null);
