namespace KnowledgePay.Recommender.Features;

/// <summary>
/// Everything one training run learns from: the interactions, the profiles of the users and the whole catalogue
/// (courses without interactions still get vectors from their features). Users or courses that interactions name
/// but the lists lack are trained on their ids alone.
/// </summary>
public sealed record RecommenderTrainingSet(
    IReadOnlyList<Interaction> Interactions,
    IReadOnlyList<UserFeatures> Users,
    IReadOnlyList<CourseFeatures> Courses);
