using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>
/// The served model: its version, when and why it was trained (null when it was trained before the server started),
/// how well, and what it knows.
/// </summary>
public sealed record RecommenderModelDto(
    long Version,
    DateTimeOffset TrainedAt,
    string? TrainedBecause,
    RecommenderMetrics Metrics,
    int Courses,
    int KnownUsers,
    int FeatureTokens)
{
    public static RecommenderModelDto Of(RecommenderModel model, RecommenderTraining training) => new(
        model.Version,
        model.TrainedAt,
        training.ReasonFor(model.Version),
        model.Metrics,
        model.Courses.Count,
        model.UserKeys.Count,
        model.FeatureTokens.Count);
}
