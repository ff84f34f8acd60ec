using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Splits;

/// <summary>
/// A train/test partition. <paramref name="Candidates"/>: the items ranked for every evaluated user; null means the
/// whole catalogue (the item holdout ranks only its held-out items).
/// </summary>
public sealed record DataSplit(IReadOnlyList<Interaction> Train, IReadOnlyList<Interaction> Test, IReadOnlyList<int>? Candidates = null);
