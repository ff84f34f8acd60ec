using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

/// <summary>A model store that keeps each version as the bytes of <see cref="RecommenderModelFile"/>, as the database row does.</summary>
internal sealed class SerialisedModelStore : IRecommenderModelStore
{
    private readonly SortedDictionary<long, byte[]> _versions = [];

    public Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        RecommenderModelFile.Write(stream, model);
        _versions[model.Version] = stream.ToArray();
        return Task.CompletedTask;
    }

    public Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_versions.Count == 0 ? null : RecommenderModelFile.Read(new MemoryStream(_versions.Last().Value)));

    public Task<long?> LatestVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_versions.Count == 0 ? null : (long?)_versions.Last().Key);
}
