namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// EASE^R: <paramref name="Lambda"/> is the L2 weight added to the Gram matrix's diagonal; only items with at least
/// <paramref name="MinInteractions"/> training interactions are modelled (the dense item–item inverse grows with the
/// cube of their number), the rest rank below them. Defaults: λ chosen on protocol (a) validation splits, m the one whose fit stays within seconds.
/// </summary>
public sealed record EaseOptions(float Lambda = 300f, int MinInteractions = 10);
