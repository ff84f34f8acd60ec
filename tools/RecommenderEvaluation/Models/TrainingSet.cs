using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// What a model learns from: training interactions over the whole id space, and item and user features when given
/// (<c>--items</c>, <c>--users</c>; keyed by dense index).
/// </summary>
public sealed record TrainingSet(
    IReadOnlyList<Interaction> Interactions,
    int UserCount,
    int ItemCount,
    IReadOnlyDictionary<int, string[]>? ItemFeatures = null,
    IReadOnlyDictionary<int, string[]>? UserFeatures = null);
