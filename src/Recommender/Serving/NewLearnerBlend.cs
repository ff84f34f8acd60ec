using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Keeps a learner with little history at least as well served as by popularity: their model score is blended with a
/// popularity prior, <c>score = (1 − s)·personal + s·prior</c> with <c>s = k / (k + n + m)</c>: n their interaction
/// count, k = <see cref="Strength"/> (shrinkage towards the population as in empirical Bayes: k interactions weigh as
/// much as the prior) and m = <see cref="StatedEvidence"/> when they told us anything (onboarding interests, category
/// affinities, demographics…), which the model's feature vectors turn into a personal score before any interaction;
/// a learner who told us nothing and did nothing gets s = 1, the popularity order. The prior is the course's log
/// popularity plus <see cref="InterestWeight"/> for each stated interest (tag or category) the course carries. Both
/// sides are standardised over the catalogue first: the model's scores and log popularity live on unrelated scales,
/// and z-scores make them comparable in one linear pass, where ranks would need a sort. A context (category or tag
/// page) needs no term of its own: it admits only its courses, so the prior becomes "popular here". The request's
/// platform and daypart (<see cref="ServingContext"/>) add <see cref="ContextWeight"/> × each context's
/// <see cref="ContextPopularity"/> lift to the prior, in standard deviations of log popularity: at weight 1 the prior is
/// the log popularity among learners in that context; being in the prior, it fades with history like the rest.
/// Figures and the chosen values: docs/recommender/new-learners.md.
/// </summary>
public sealed record NewLearnerBlend(float Strength, float InterestWeight, float StatedEvidence)
{
    /// <summary>k, chosen on validation (docs/recommender/new-learners.md).</summary>
    public const float DefaultStrength = 30f;

    /// <summary>γ in standard deviations of log popularity, chosen on validation with k.</summary>
    public const float DefaultInterestWeight = 0.25f;

    /// <summary>m: the interactions a stated profile is worth, chosen on validation (new users) with k.</summary>
    public const float DefaultStatedEvidence = 90f;

    /// <summary>δ: weight of the platform and daypart lifts, chosen on validation (docs/recommender/new-learners.md).</summary>
    public const float DefaultContextWeight = 1f;

    public static readonly NewLearnerBlend Default = new(DefaultStrength, DefaultInterestWeight, DefaultStatedEvidence);

    /// <summary>δ, the weight of the request's platform and daypart in the prior (0: context ignored).</summary>
    public float ContextWeight { get; init; } = DefaultContextWeight;

    /// <summary>
    /// s = k / (k + n + m): 1 for a learner we know nothing about, halving by n + m = k, towards 0 with a long history.
    /// </summary>
    public float PriorShare(int interactionCount, bool statedAnything) =>
        Strength <= 0f ? 0f : Strength / (Strength + Math.Max(0, interactionCount) + (statedAnything ? StatedEvidence : 0f));

    /// <summary>Turns the model's <paramref name="scores"/> for every course (catalogue order) into blended scores, in place.</summary>
    public void Apply(RecommenderModel model, UserFeatures user, ServingContext context, int interactionCount, Span<float> scores) =>
        Apply(model, user, context, interactionCount, scores, PopularityPrior.Of(model).Popularity);

    /// <summary>
    /// As <see cref="Apply(RecommenderModel, UserFeatures, ServingContext, int, Span{float})"/> with another popularity (one
    /// value per course, as <see cref="StandardisedLogPopularity(ReadOnlySpan{float})"/> returns it), such as the popularity at another moment.
    /// </summary>
    public void Apply(
        RecommenderModel model, UserFeatures user, ServingContext context, int interactionCount, Span<float> scores, ReadOnlySpan<float> popularityPrior)
    {
        var share = PriorShare(interactionCount, statedAnything: user.Tokens().Any());
        Standardised.InPlace(scores);
        TensorPrimitives.Multiply(scores, 1f - share, scores);
        TensorPrimitives.MultiplyAdd(popularityPrior, share, scores, scores);
        var prior = PopularityPrior.Of(model);
        prior.AddInterestMatch(user, share * InterestWeight, scores);
        prior.AddContextLift(context, share * ContextWeight, scores);
    }

    /// <summary>
    /// log(1 + popularity), standardised over the catalogue: popularity is heavy-tailed, and on a log scale a course taken
    /// twice as often is one step ahead wherever it sits.
    /// </summary>
    public static float[] StandardisedLogPopularity(ReadOnlySpan<float> popularity) => StandardisedLogPopularity(popularity, out _);

    /// <summary>As <see cref="StandardisedLogPopularity(ReadOnlySpan{float})"/>, with the standard deviation of log(1 + popularity).</summary>
    internal static float[] StandardisedLogPopularity(ReadOnlySpan<float> popularity, out float deviation)
    {
        var prior = new float[popularity.Length];
        TensorPrimitives.Add(popularity, 1f, prior);
        TensorPrimitives.Log(prior, prior);
        deviation = Standardised.InPlace(prior);
        return prior;
    }
}
