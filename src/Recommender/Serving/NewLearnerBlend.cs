using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Keeps a learner with little history at least as well served as by popularity: their model score is blended with a
/// popularity prior, <c>score = (1 − s)·personal + s·prior</c> with <c>s = k / (k + n)</c>, n their interaction count
/// and k = <see cref="Strength"/> (shrinkage towards the population as in empirical Bayes: k is the number of
/// interactions at which their own history and the prior weigh the same). The prior is the course's log popularity
/// plus <see cref="InterestWeight"/> for each of the learner's stated interests (onboarding tags, category affinities)
/// the course carries. Both sides are standardised over the catalogue first: the model's scores and log popularity
/// live on unrelated scales, and z-scores make them comparable in one linear pass, where ranks would need a sort.
/// A context (category or tag page) needs no term of its own: it admits only its courses, so the prior becomes
/// "popular here". Figures and the chosen k: docs/walkthroughs/i17-coldstart.md.
/// </summary>
public sealed record NewLearnerBlend(float Strength, float InterestWeight)
{
    /// <summary>k, chosen on validation (docs/walkthroughs/i17-coldstart.md).</summary>
    public const float DefaultStrength = 10f;

    /// <summary>γ in standard deviations of log popularity, chosen on validation with k.</summary>
    public const float DefaultInterestWeight = 1f;

    public static readonly NewLearnerBlend Default = new(DefaultStrength, DefaultInterestWeight);

    /// <summary>s = k / (k + n): 1 for a learner with no interactions, halving by n = k, towards 0 with a long history.</summary>
    public float PriorShare(int interactionCount) =>
        Strength <= 0f ? 0f : Strength / (Strength + Math.Max(0, interactionCount));

    /// <summary>Turns the model's <paramref name="scores"/> for every course (catalogue order) into blended scores, in place.</summary>
    public void Apply(RecommenderModel model, UserFeatures user, int interactionCount, Span<float> scores)
    {
        var share = PriorShare(interactionCount);
        var prior = PopularityPrior.Of(model);
        Standardised.InPlace(scores);
        TensorPrimitives.Multiply(scores, 1f - share, scores);
        TensorPrimitives.MultiplyAdd(prior.Popularity, share, scores, scores);
        prior.AddInterestMatch(user, share * InterestWeight, scores);
    }
}
