namespace KnowledgePay.Recommender.Features;

/// <summary>The content profile of a course as the model sees it; keys are stable ids, not display names.</summary>
public sealed record CourseFeatures(
    string CourseKey,
    IReadOnlyList<string> Tags,
    string? Category,
    string? Creator,
    IReadOnlyList<string> LessonKinds,
    string? PriceBand,
    DateTimeOffset? PublishedAt)
{
    public static CourseFeatures None(string courseKey) => new(courseKey, [], null, null, [], null, null);

    /// <summary>Star ratings, which lift or lower the course a little for everyone (see the trainers' rating prior).</summary>
    public CourseRatings Ratings { get; init; } = CourseRatings.None;

    public IEnumerable<WeightedFeature> Tokens()
    {
        foreach (var tag in Tags)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.Tag, tag), 1f);
        }

        if (Category is not null)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.Category, Category), 1f);
        }

        if (Creator is not null)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.Creator, Creator), 1f);
        }

        foreach (var kind in LessonKinds)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.LessonKind, kind), 1f);
        }

        if (PriceBand is not null)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.PriceBand, PriceBand), 1f);
        }
    }
}
