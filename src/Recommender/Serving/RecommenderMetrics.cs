namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// How a model was trained and how well it separates the training positives from sampled negatives
/// (<see cref="TrainingAuc"/>: the share of positive–negative pairs of one user the folded score orders correctly).
/// </summary>
public sealed record RecommenderMetrics(
    int Interactions,
    int Users,
    int Courses,
    double TrainingSeconds,
    double TrainingAuc);
