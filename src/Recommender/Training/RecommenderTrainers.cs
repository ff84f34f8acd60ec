
namespace KnowledgePay.Recommender.Training;

public static class RecommenderTrainers
{
    /// <summary>
    /// The trainer <see cref="TrainerOptions.Algorithm"/> names, with the explicit-rating predictor (and, when weighted, its
    /// personal part in the served score) and the popularity per platform and daypart beside it.
    /// </summary>
    public static IRecommenderTrainer For(TrainerOptions options, TimeProvider clock) => new ContextPopularityTrainer(new PersonalRatingTrainer(new RatingPredictorTrainer(
        options.Algorithm switch
        {
            RecommenderAlgorithm.FieldAwareFactorizationMachine => new FactorizationMachineRecommenderTrainer(options, clock),
            RecommenderAlgorithm.Warp => new WarpRecommenderTrainer(options, clock),
            RecommenderAlgorithm.WarpWithImplicitAls => new WarpImplicitAlsRecommenderTrainer(options, clock),
            RecommenderAlgorithm.WarpImplicitAlsEase => new WarpImplicitAlsEaseRecommenderTrainer(options, clock),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "Unknown recommender algorithm."),
        },
        options),
        options,
        clock));
}
