using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Experiments.Assignment;

/// <summary>
/// The first exposure of each user to each experiment (ADR 0028). A recorded exposure never changes, so once read or
/// written it is remembered in memory and a request that finds it there touches no table. The write runs in a scope
/// and DbContext of its own (it happens on read paths, beside whatever they track); two requests racing to the first
/// exposure meet the unique index on (experiment, user), and the loser takes the winner's row.
/// </summary>
internal sealed class ExposureLog(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider clock)
{
    private static readonly MemoryCacheEntryOptions Remembered = new() { SlidingExpiration = TimeSpan.FromMinutes(30) };

    /// <summary>The variant the user was exposed to; null when they never were.</summary>
    public async Task<string?> RecordedVariantAsync(
        IApplicationDbContext db, Guid experimentId, Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(experimentId, userId), out string? known))
        {
            return known;
        }

        var recorded = await ReadAsync(db, experimentId, userId, cancellationToken);
        return recorded is null ? null : Remember(experimentId, userId, recorded);
    }

    /// <summary>Records the exposure unless one exists; returns the variant the stored exposure names.</summary>
    public async Task<string> RecordAsync(Guid experimentId, Guid userId, string variantKey, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            db.ExperimentExposures.Add(ExperimentExposure.Record(experimentId, userId, variantKey, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return Remember(experimentId, userId, variantKey);
        }
        catch (ConflictException)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            var recorded = await ReadAsync(db, experimentId, userId, cancellationToken)
                ?? throw new InvalidOperationException("An exposure lost a race to a row that is not there.");
            return Remember(experimentId, userId, recorded);
        }
    }

    private static Task<string?> ReadAsync(IApplicationDbContext db, Guid experimentId, Guid userId, CancellationToken cancellationToken) =>
        db.ExperimentExposures.AsNoTracking()
            .Where(x => x.ExperimentId == experimentId && x.UserId == userId)
            .Select(x => x.VariantKey)
            .SingleOrDefaultAsync(cancellationToken);

    private string Remember(Guid experimentId, Guid userId, string variantKey) =>
        cache.Set(CacheKey(experimentId, userId), variantKey, Remembered);

    private static (string, Guid, Guid) CacheKey(Guid experimentId, Guid userId) => (nameof(ExposureLog), experimentId, userId);
}
