using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Reporting;

/// <summary>The JSON document written by <c>--json</c>: what was evaluated, how, and the results.</summary>
public sealed record EvaluationReport(
    string Ratings,
    string Split,
    int K,
    int Seed,
    float RelevanceThreshold,
    bool IsExplicit,
    int Users,
    int Items,
    int Interactions,
    IReadOnlyList<ModelResult> Results);
