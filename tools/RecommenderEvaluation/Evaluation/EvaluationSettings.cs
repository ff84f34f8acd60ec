namespace KnowledgePay.RecommenderEvaluation.Evaluation;

/// <summary>
/// <paramref name="RelevanceThreshold"/>: on explicit data a held-out item is relevant when rated at least this;
/// on implicit data every held-out item is relevant. <paramref name="TieSeed"/> seeds the random order of equal scores.
/// </summary>
public sealed record EvaluationSettings(int K, float RelevanceThreshold, bool IsExplicit, int TieSeed = 0);
