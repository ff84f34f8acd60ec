namespace KnowledgePay.Recommender.Features;

/// <summary>
/// Where and when a list is asked for: the client's platform (null when it did not say) and the <see cref="Daypart"/>
/// of the request in the operator's time zone. Learners on the same platform at the same time of day share tastes
/// (<see cref="Serving.ContextPopularity"/>), which counts for a learner with little history of their own.
/// </summary>
public sealed record ServingContext(string? Platform, string? Daypart)
{
    public static readonly ServingContext None = new(null, null);

    public IEnumerable<string> Tokens()
    {
        if (Platform is not null)
        {
            yield return FeatureToken.Of(FeatureToken.Platform, Platform);
        }

        if (Daypart is not null)
        {
            yield return FeatureToken.Of(FeatureToken.Daypart, Daypart);
        }
    }
}
