namespace KnowledgePay.Recommender.Training;

/// <summary>A trainer for any algorithm, with every other setting as configured (the models of experiment arms).</summary>
public sealed class AlgorithmTrainers(TrainerOptions options, TimeProvider clock)
{
    public IRecommenderTrainer For(RecommenderAlgorithm algorithm) => RecommenderTrainers.For(options with { Algorithm = algorithm }, clock);
}
