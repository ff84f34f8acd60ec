using System.ComponentModel.DataAnnotations;
using KnowledgePay.Recommender.Training.Ease;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// What a training run is tuned by: the algorithm, the rating prior, and the hyper-parameters of each trainer:
/// <see cref="Warp"/> for the default, the rest for the field-aware factorisation machine (defaults tuned on validation
/// splits of MovieLens small carved from its training part; docs/benchmarks.md). The product binds it from the
/// <c>Recommendations</c> configuration section together with its training schedule.
/// </summary>
public record TrainerOptions
{
    /// <summary>
    /// Length of each latent vector; serving vectors hold four of them plus a bias. A multiple of 8: ML.NET 5's native
    /// AVX/FMA kernels step 8 floats at a time and silently skip the latent part (train and predict) for the rest.
    /// </summary>
    [Range(8, 256)]
    public int LatentDimension { get; init; } = 8;

    public int Iterations { get; init; } = 10;

    public float LearningRate { get; init; } = 0.1f;

    public float LambdaLinear { get; init; } = 0.01f;

    public float LambdaLatent { get; init; } = 0.01f;

    /// <summary>Courses the user did not touch, sampled as negatives for each positive pair.</summary>
    public int NegativesPerPositive { get; init; } = 4;

    /// <summary>How strongly negatives lean to popular courses: 0 samples uniformly, 1 in proportion to their takers.</summary>
    [Range(0.0, 2.0)]
    public float NegativePopularityExponent { get; init; }

    /// <summary>How much a course's star ratings lift or lower its served score (<see cref="RatingPrior"/>); 0 ignores them.</summary>
    [Range(0.0, 10.0)]
    public float RatingPriorWeight { get; init; } = 0.5f;

    /// <summary>Pseudo-ratings at the overall mean that every course's rating bias is shrunk with.</summary>
    [Range(0.0, 1000.0)]
    public float RatingPriorShrinkage { get; init; } = 10f;

    /// <summary>
    /// Star ratings (visible reviews of consenting users) a run needs before it fits the explicit-rating predictor that
    /// serves course.predictedRating; below it the model carries no predictor.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MinimumRatings { get; init; } = 20;

    /// <summary>
    /// SVD++ models, trained from the seeds 42, 43, …, whose predictions the served predictedRating averages
    /// (docs/decisions/0060-averaged-svdpp-members.md); 1 serves a single model.
    /// </summary>
    [Range(1, 32)]
    public int RatingPredictorMembers { get; init; } = 20;

    /// <summary>
    /// β: the share of the served score that comes from the learner's own predicted stars (b_i + p_u·q_i of the
    /// explicit-rating predictor, scaled to the ranking model's root-mean-square score; <see cref="PersonalRatingTrainer"/>);
    /// 0 leaves the ranking model alone (docs/recommender/protocol-b-variants.md).
    /// </summary>
    [Range(0.0, 1.0)]
    public float PersonalRatingWeight { get; init; }

    /// <summary>Which trainer learns the served model (docs/decisions/0008-serve-the-warp-trained-hybrid.md).</summary>
    public RecommenderAlgorithm Algorithm { get; init; } = RecommenderAlgorithm.Warp;

    public WarpOptions Warp { get; init; } = new();

    /// <summary>The implicit-ALS part of <see cref="RecommenderAlgorithm.WarpWithImplicitAls"/> and its share of the score.</summary>
    public ImplicitAlsOptions ImplicitAls { get; init; } = new();

    /// <summary>The EASE^R part of <see cref="RecommenderAlgorithm.WarpImplicitAlsEase"/> and its share of the score.</summary>
    public EaseBlendOptions Ease { get; init; } = new();

    /// <summary>
    /// Threads the WARP trainer fits with, stepping shared parameters lock-free (docs/decisions/0051); 1 makes a run
    /// reproducible from <see cref="Seed"/>, which more threads are not (their steps interleave as the scheduler runs them).
    /// Every trainer also measures its training AUC on this many threads, so a one-thread WARP training keeps to one core.
    /// </summary>
    [Range(1, 256)]
    public int TrainingThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Fixes negative sampling, example order and ML.NET's initialisation.</summary>
    public int Seed { get; init; } = 42;
}
