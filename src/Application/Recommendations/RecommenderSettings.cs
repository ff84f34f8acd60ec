using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Application.Recommendations;

/// <summary>How a consenting learner's list is built: from the model (the default) or from popularity alone.</summary>
public enum RecommendationStrategy
{
    Personalised,
    Popular,
}

/// <summary>
/// The knobs serving has for one learner: the strategy, and for a personalised list the share of the user vector given
/// to what they did since the model was trained (<see cref="FreshBehaviourBlend"/>).
/// </summary>
public sealed record RecommenderSettings(RecommendationStrategy Strategy, float FreshShare)
{
    public static readonly RecommenderSettings Default = new(RecommendationStrategy.Personalised, FreshBehaviourBlend.DefaultShare);
}

/// <summary>A feature that chooses the knobs for one learner (a running recommender experiment's variant); asked once per list.</summary>
public interface IRecommenderSettingsSource
{
    Task<RecommenderSettings> SettingsForAsync(Guid userId, CancellationToken cancellationToken);
}
