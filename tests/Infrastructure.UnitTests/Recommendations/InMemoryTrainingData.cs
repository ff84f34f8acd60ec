using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

/// <summary>Training data handed over as it is; a test changes <see cref="Current"/> between runs.</summary>
internal sealed class InMemoryTrainingData(RecommenderTrainingSet data) : IRecommenderTrainingData
{
    public RecommenderTrainingSet Current { get; set; } = data;

    public Task<RecommenderTrainingSet> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Current);
}
