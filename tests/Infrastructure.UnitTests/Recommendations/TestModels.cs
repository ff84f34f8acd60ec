using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

internal static class TestModels
{
    public static readonly RecommenderOptions Options = new()
    {
        LatentDimension = 8,
        Iterations = 20,
        NegativesPerPositive = 4,
        LambdaLinear = 0.0001f,
        LambdaLatent = 0.0001f,
    };

    public static FactorizationMachineRecommenderTrainer Trainer(RecommenderOptions? options = null) =>
        new(options ?? Options, new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
}
