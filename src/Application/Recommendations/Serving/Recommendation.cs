namespace KnowledgePay.Application.Recommendations.Serving;

public sealed record Recommendation(string CourseKey, float Score, RecommendationReason Reason);
