namespace KnowledgePay.Recommender.Serving;

public sealed record Recommendation(string CourseKey, float Score, RecommendationReason Reason);
