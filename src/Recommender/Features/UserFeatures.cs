namespace KnowledgePay.Recommender.Features;

/// <summary>
/// What the profile knows about a user (用户画像): weighted interest tags and category affinities, creators they
/// follow or keep buying from, demographics they gave and their price band. Keys are stable ids, not display names.
/// </summary>
public sealed record UserFeatures(
    string UserKey,
    IReadOnlyList<WeightedFeature> InterestTags,
    IReadOnlyList<WeightedFeature> CategoryAffinities,
    IReadOnlyList<string> FollowedCreators,
    IReadOnlyList<string> Demographics,
    string? PriceBand)
{
    public static UserFeatures None(string userKey) => new(userKey, [], [], [], [], null);

    public IEnumerable<WeightedFeature> Tokens()
    {
        foreach (var tag in InterestTags)
        {
            yield return tag with { Key = FeatureToken.Of(FeatureToken.Tag, tag.Key) };
        }

        foreach (var category in CategoryAffinities)
        {
            yield return category with { Key = FeatureToken.Of(FeatureToken.Category, category.Key) };
        }

        foreach (var creator in FollowedCreators)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.Creator, creator), 1f);
        }

        foreach (var demographic in Demographics)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.Demographic, demographic), 1f);
        }

        if (PriceBand is not null)
        {
            yield return new WeightedFeature(FeatureToken.Of(FeatureToken.PriceBand, PriceBand), 1f);
        }
    }
}
