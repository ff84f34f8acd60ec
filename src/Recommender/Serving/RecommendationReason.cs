namespace KnowledgePay.Recommender.Serving;

public sealed record RecommendationReason(RecommendationReasonKind Kind, string Subject);
