namespace KnowledgePay.Application.Recommendations.Serving;

public sealed record RecommendationReason(RecommendationReasonKind Kind, string Subject);
