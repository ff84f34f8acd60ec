
namespace KnowledgePay.Recommender.Training;

public static class RecommenderTrainers
{
    /// <summary>The trainer <see cref="TrainerOptions.Algorithm"/> names.</summary>
    public static IRecommenderTrainer For(TrainerOptions options, TimeProvider clock) => options.Algorithm switch
    {
        RecommenderAlgorithm.FieldAwareFactorizationMachine => new FactorizationMachineRecommenderTrainer(options, clock),
        RecommenderAlgorithm.Warp => new WarpRecommenderTrainer(options, clock),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "Unknown recommender algorithm."),
    };
}
