using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.Infrastructure.Recommendations;

public static class RecommenderTrainers
{
    /// <summary>The trainer <see cref="RecommenderOptions.Algorithm"/> names.</summary>
    public static IRecommenderTrainer For(RecommenderOptions options, TimeProvider clock) => options.Algorithm switch
    {
        RecommenderAlgorithm.FieldAwareFactorizationMachine => new FactorizationMachineRecommenderTrainer(options, clock),
        RecommenderAlgorithm.Warp => new WarpRecommenderTrainer(options, clock),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "Unknown recommender algorithm."),
    };
}
