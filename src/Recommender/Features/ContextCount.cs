namespace KnowledgePay.Recommender.Features;

/// <summary>
/// How many behaviour events a course had in one context (a <see cref="FeatureToken.Platform"/> or
/// <see cref="FeatureToken.Daypart"/> token) in the training window; several rows of one pair add up.
/// </summary>
public readonly record struct ContextCount(string CourseKey, string Context, float Count);
