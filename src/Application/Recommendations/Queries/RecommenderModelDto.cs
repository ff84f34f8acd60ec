using KnowledgePay.Application.Recommendations.Serving;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>The served model: its version, when it was trained, how well, and what it knows.</summary>
public sealed record RecommenderModelDto(
    long Version, DateTimeOffset TrainedAt, RecommenderMetrics Metrics, int Courses, int KnownUsers, int FeatureTokens)
{
    public static RecommenderModelDto Of(RecommenderModel model) =>
        new(model.Version, model.TrainedAt, model.Metrics, model.Courses.Count, model.UserKeys.Count, model.FeatureTokens.Count);
}
