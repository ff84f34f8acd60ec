using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Tests.Shared.Recommender;

internal static class TestModels
{
    public static readonly TrainerOptions Options = new()
    {
        LatentDimension = 8,
        Iterations = 20,
        NegativesPerPositive = 4,
        LambdaLinear = 0.0001f,
        LambdaLatent = 0.0001f,
        TrainingThreads = 1,
    };

    public static FactorizationMachineRecommenderTrainer Trainer(TrainerOptions? options = null) =>
        new(options ?? Options, new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
}
