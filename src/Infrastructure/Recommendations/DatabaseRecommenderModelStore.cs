using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Recommender.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Model versions as rows of the deployment's database (<see cref="StoredRecommenderModel"/>), so every node serves what
/// the leader trained: a node polls <see cref="LatestVersionAsync"/> and loads a version only when it is newer than the
/// one it serves. Saving keeps the latest <see cref="KeptVersions"/> versions for inspection or rollback.
/// </summary>
internal sealed class DatabaseRecommenderModelStore(IServiceScopeFactory scopes, TimeProvider clock) : IRecommenderModelStore
{
    public const int KeptVersions = 3;

    public async Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(StoredRecommenderModel.Of(model, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        var models = db.Set<StoredRecommenderModel>();
        if (await models.OrderByDescending(m => m.Version).Skip(KeptVersions).Select(m => (long?)m.Version).FirstOrDefaultAsync(cancellationToken)
            is { } newestPruned)
        {
            await models.Where(m => m.Version <= newestPruned).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public async Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<StoredRecommenderModel>().AsNoTracking()
            .OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        return stored?.ToModel();
    }

    public async Task<long?> LatestVersionAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<StoredRecommenderModel>()
            .MaxAsync(m => (long?)m.Version, cancellationToken);
    }
}
