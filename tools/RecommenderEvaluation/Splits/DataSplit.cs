using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Splits;

public sealed record DataSplit(IReadOnlyList<Interaction> Train, IReadOnlyList<Interaction> Test);
