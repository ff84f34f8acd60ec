using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Model versions as rows of the deployment's database (<see cref="StoredRecommenderModel"/>), so every node serves what
/// the leader trained: a node polls <see cref="LatestVersionAsync"/> and loads a version only when it is newer than the
/// one it serves. The served model's rows have no <see cref="StoredRecommenderModel.ArmAlgorithm"/>; an experiment arm's
/// model carries its algorithm (ADR "one model per experiment algorithm"). Saving keeps the latest
/// <see cref="KeptVersions"/> versions of each for inspection or rollback.
/// </summary>
internal sealed class DatabaseRecommenderModelStore(IServiceScopeFactory scopes, TimeProvider clock) : IRecommenderModelStore
{
    public const int KeptVersions = 3;

    public Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken) => SaveAsync(model, null, cancellationToken);

    public Task SaveArmAsync(RecommenderAlgorithm algorithm, RecommenderModel model, CancellationToken cancellationToken) =>
        SaveAsync(model, algorithm.ToString(), cancellationToken);

    public Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken) => LoadLatestAsync(null, cancellationToken);

    public Task<RecommenderModel?> LoadLatestArmAsync(RecommenderAlgorithm algorithm, CancellationToken cancellationToken) =>
        LoadLatestAsync(algorithm.ToString(), cancellationToken);

    public async Task<long?> LatestVersionAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Models(scope).Where(m => m.ArmAlgorithm == null).MaxAsync(m => (long?)m.Version, cancellationToken);
    }

    public async Task<long?> HighestVersionAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Models(scope).MaxAsync(m => (long?)m.Version, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<RecommenderAlgorithm, long>> LatestArmVersionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var latest = await Models(scope).Where(m => m.ArmAlgorithm != null)
            .GroupBy(m => m.ArmAlgorithm!)
            .Select(g => new { Algorithm = g.Key, Version = g.Max(m => m.Version) })
            .ToListAsync(cancellationToken);
        var versions = new Dictionary<RecommenderAlgorithm, long>();
        foreach (var arm in latest.Where(arm => Enum.TryParse<RecommenderAlgorithm>(arm.Algorithm, out _)))
        {
            versions[Enum.Parse<RecommenderAlgorithm>(arm.Algorithm)] = arm.Version;
        }

        return versions;
    }

    private async Task SaveAsync(RecommenderModel model, string? armAlgorithm, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(StoredRecommenderModel.Of(model, armAlgorithm, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        var sameKind = db.Set<StoredRecommenderModel>().Where(m => m.ArmAlgorithm == armAlgorithm);
        if (await sameKind.OrderByDescending(m => m.Version).Skip(KeptVersions).Select(m => (long?)m.Version).FirstOrDefaultAsync(cancellationToken)
            is { } newestPruned)
        {
            await sameKind.Where(m => m.Version <= newestPruned).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task<RecommenderModel?> LoadLatestAsync(string? armAlgorithm, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await Models(scope).Where(m => m.ArmAlgorithm == armAlgorithm)
            .OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        return stored?.ToModel();
    }

    private static IQueryable<StoredRecommenderModel> Models(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<StoredRecommenderModel>().AsNoTracking();
}
