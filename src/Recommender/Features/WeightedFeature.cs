namespace KnowledgePay.Recommender.Features;

/// <summary>A feature with a strength, such as an interest tag weighted by how recently and often it was shown.</summary>
public readonly record struct WeightedFeature(string Key, float Weight);
