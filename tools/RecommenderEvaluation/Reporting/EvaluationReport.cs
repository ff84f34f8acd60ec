using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Reporting;

/// <summary>The JSON document written by <c>--json</c>: what was evaluated, how, and the results.</summary>
public sealed record EvaluationReport(
    string Ratings,
    string Split,
    bool Validation,
    string Evaluated,
    int K,
    int SplitSeed,
    int ModelSeed,
    int TieSeed,
    float RelevanceThreshold,
    bool IsExplicit,
    int Users,
    int Items,
    int Interactions,
    IReadOnlyList<ModelResult> Results);
