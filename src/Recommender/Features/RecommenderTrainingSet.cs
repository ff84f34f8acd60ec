namespace KnowledgePay.Recommender.Features;

/// <summary>
/// Everything one training run learns from: the interactions, the profiles of the users and the whole catalogue
/// (courses without interactions still get vectors from their features). Users or courses that interactions name
/// but the lists lack are trained on their ids alone. <see cref="Ratings"/> are the users' own star ratings, which
/// train the explicit-rating predictor when there are enough of them. <see cref="ContextCounts"/> are the behaviour
/// events per course by platform and daypart, which <see cref="Serving.ContextPopularity"/> turns into what is popular
/// in each context.
/// </summary>
public sealed record RecommenderTrainingSet(
    IReadOnlyList<Interaction> Interactions,
    IReadOnlyList<UserFeatures> Users,
    IReadOnlyList<CourseFeatures> Courses)
{
    public IReadOnlyList<StarRating> Ratings { get; init; } = [];

    public IReadOnlyList<ContextCount> ContextCounts { get; init; } = [];
}
