using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommendations;

/// <summary>
/// The served accuracy configurations the evaluation tool chose for issue 17 (docs/recommender/protocol-a-variants.md and
/// protocol-b-variants.md), as the tool's options set them on <see cref="TrainerOptions"/>: <c>a</c> for protocol (a),
/// <c>b</c> for protocol (b), which also ranks with the learner's predicted stars and so needs star ratings.
/// </summary>
internal static class ServedBlends
{
    /// <summary>
    /// (a), the time-kernel EASE part (ADR 0078): <c>--algorithm WarpImplicitAlsEase --ease-rank 5000 --ials-dimension 128
    /// --ials-blend 0.5 --warp-dimension 64 --ials-alpha0 0.05 --ease-part-user-exponent 0 --ease-part-lambda 100
    /// --ease-part-time-scale 0.003 --ease-part-time-mix 0.85 --ease-blend 0.4</c>.
    /// </summary>
    public static TrainerOptions ProtocolA { get; } = new()
    {
        Algorithm = RecommenderAlgorithm.WarpImplicitAlsEase,
        Warp = new WarpOptions { Dimension = 64 },
        ImplicitAls = new() { Dimension = 128, UnobservedWeight = 0.05f, BlendWeight = 0.5f },
        Ease = new() { Rank = 5000, Regularization = 100, TimeScaleDays = 0.003f, TimeMix = 0.85f, ImplicitAlsBlendWeight = 0.5f, BlendWeight = 0.4f },
    };

    /// <summary>
    /// (b), the time-kernel EASE part (ADR 0078) at the cheapest size validation could not tell from it (docs/recommender/
    /// protocol-b-variants.md, "Training-time variants"): <c>--algorithm WarpImplicitAlsEase --ease-rank 5000 --ials-dimension 128
    /// --ials-blend 0.7 --personal-rating 0.3 --rating-members 5 --ease-part-user-exponent 0 --ease-part-lambda 100
    /// --ease-part-time-scale 0.003 --ease-part-time-mix 0.85 --ease-blend 0.35</c>.
    /// </summary>
    public static TrainerOptions ProtocolB { get; } = new()
    {
        Algorithm = RecommenderAlgorithm.WarpImplicitAlsEase,
        PersonalRatingWeight = 0.3f,
        RatingPredictorMembers = 5,
        ImplicitAls = new() { Dimension = 128, BlendWeight = 0.7f },
        Ease = new() { Rank = 5000, Regularization = 100, TimeScaleDays = 0.003f, TimeMix = 0.85f, ImplicitAlsBlendWeight = 0.7f, BlendWeight = 0.35f },
    };

    /// <summary>The options <paramref name="name"/> stands for: <c>a</c>, <c>b</c> or an algorithm with default options.</summary>
    public static TrainerOptions Named(string name) => name.ToLowerInvariant() switch
    {
        "a" => ProtocolA,
        "b" => ProtocolB,
        _ => new TrainerOptions { Algorithm = Enum.Parse<RecommenderAlgorithm>(name, ignoreCase: true) },
    };
}
