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
/// page) needs no term of its own: it admits only its courses, so the prior becomes "popular here".
/// Figures and the chosen values: docs/walkthroughs/i17-coldstart.md.
/// </summary>
public sealed record NewLearnerBlend(float Strength, float InterestWeight, float StatedEvidence)
{
    /// <summary>k, chosen on validation (docs/walkthroughs/i17-coldstart.md).</summary>
    public const float DefaultStrength = 30f;

    /// <summary>γ in standard deviations of log popularity, chosen on validation with k.</summary>
    public const float DefaultInterestWeight = 0.25f;

    /// <summary>m: the interactions a stated profile is worth, chosen on validation (new users) with k.</summary>
    public const float DefaultStatedEvidence = 90f;

    public static readonly NewLearnerBlend Default = new(DefaultStrength, DefaultInterestWeight, DefaultStatedEvidence);

    /// <summary>
    /// s = k / (k + n + m): 1 for a learner we know nothing about, halving by n + m = k, towards 0 with a long history.
    /// </summary>
    public float PriorShare(int interactionCount, bool statedAnything) =>
        Strength <= 0f ? 0f : Strength / (Strength + Math.Max(0, interactionCount) + (statedAnything ? StatedEvidence : 0f));

    /// <summary>Turns the model's <paramref name="scores"/> for every course (catalogue order) into blended scores, in place.</summary>
    public void Apply(RecommenderModel model, UserFeatures user, int interactionCount, Span<float> scores)
    {
        var share = PriorShare(interactionCount, statedAnything: user.Tokens().Any());
        var prior = PopularityPrior.Of(model);
        Standardised.InPlace(scores);
        TensorPrimitives.Multiply(scores, 1f - share, scores);
        TensorPrimitives.MultiplyAdd(prior.Popularity, share, scores, scores);
        prior.AddInterestMatch(user, share * InterestWeight, scores);
    }
}
