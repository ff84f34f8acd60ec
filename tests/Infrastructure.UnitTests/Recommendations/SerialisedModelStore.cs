using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

/// <summary>A model store that keeps each version as the bytes of <see cref="RecommenderModelFile"/>, as the database row does.</summary>
internal sealed class SerialisedModelStore : IRecommenderModelStore
{
    private readonly SortedDictionary<long, (RecommenderAlgorithm? Arm, byte[] Bytes)> _versions = [];

    public Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken) => Save(null, model);

    public Task SaveArmAsync(RecommenderAlgorithm algorithm, RecommenderModel model, CancellationToken cancellationToken) => Save(algorithm, model);

    public Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken) => Task.FromResult(Latest(null));

    public Task<RecommenderModel?> LoadLatestArmAsync(RecommenderAlgorithm algorithm, CancellationToken cancellationToken) =>
        Task.FromResult(Latest(algorithm));

    public Task<long?> LatestVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_versions.Where(v => v.Value.Arm is null).Select(v => (long?)v.Key).LastOrDefault());

    public Task<long?> HighestVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_versions.Count == 0 ? null : (long?)_versions.Last().Key);

    public Task<IReadOnlyDictionary<RecommenderAlgorithm, long>> LatestArmVersionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<RecommenderAlgorithm, long>>(_versions
            .Where(v => v.Value.Arm is not null)
            .GroupBy(v => v.Value.Arm!.Value)
            .ToDictionary(g => g.Key, g => g.Max(v => v.Key)));

    private Task Save(RecommenderAlgorithm? arm, RecommenderModel model)
    {
        using var stream = new MemoryStream();
        RecommenderModelFile.Write(stream, model);
        _versions.Add(model.Version, (arm, stream.ToArray()));
        return Task.CompletedTask;
    }

    private RecommenderModel? Latest(RecommenderAlgorithm? arm) =>
        _versions.Where(v => v.Value.Arm == arm).Select(v => v.Value.Bytes).LastOrDefault() is { } bytes
            ? RecommenderModelFile.Read(new MemoryStream(bytes))
            : null;
}
