namespace KnowledgePay.Recommender.Features;

/// <summary>A user's own star rating of a course (a visible review), for the explicit-rating predictor.</summary>
public readonly record struct StarRating(string UserKey, string CourseKey, float Stars);
