using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Application.Recommendations;

/// <summary>How a consenting learner's list is built: from the model (the default) or from popularity alone.</summary>
public enum RecommendationStrategy
{
    Personalised,
    Popular,
}

/// <summary>
/// The knobs serving has for one learner: the strategy, and for a personalised list the share of the user vector given
/// to what they did since the model was trained (<see cref="FreshBehaviourBlend"/>), the model trained with
/// <see cref="Algorithm"/> (null: the configured one) and the new-learner blend (<see cref="NewLearnerBlend"/>).
/// </summary>
public sealed record RecommenderSettings(RecommendationStrategy Strategy, float FreshShare)
{
    public static readonly RecommenderSettings Default = new(RecommendationStrategy.Personalised, FreshBehaviourBlend.DefaultShare);

    /// <summary>The algorithm whose model serves the list; null serves the model of <c>Recommendations:Algorithm</c>.</summary>
    public RecommenderAlgorithm? Algorithm { get; init; }

    public NewLearnerBlend NewLearnerBlend { get; init; } = NewLearnerBlend.Default;
}

/// <summary>A feature that chooses the knobs for one learner (a running recommender experiment's variant); asked once per list.</summary>
public interface IRecommenderSettingsSource
{
    Task<RecommenderSettings> SettingsForAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>
/// The algorithms a feature wants served beside the configured one (the running recommender experiments' variants), so
/// each training also trains a model with each of them (docs/recommender/experiment-arms.md).
/// </summary>
public interface IRecommenderAlgorithmsUnderTest
{
    Task<IReadOnlySet<RecommenderAlgorithm>> AlgorithmsAsync(CancellationToken cancellationToken);
}
