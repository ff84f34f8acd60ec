using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Answers from memory for <see cref="AccessTokenSettings.SessionCheckInterval"/> after reading a session once (an
/// indexed lookup of its family's unrevoked tokens), so a busy session costs one query per interval, not per request;
/// concurrent requests share the read. A session ended on this server is remembered as ended for as long as its
/// access tokens could live, and a read that was under way when it ended cannot bring it back.
/// </summary>
internal sealed class CachedSessionStatus(IMemoryCache cache, IServiceScopeFactory scopes, AccessTokenSettings settings)
    : ISessionStatus
{
    public async ValueTask<bool> IsOpenAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        var state = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = settings.SessionCheckInterval;
            return new SessionState(ReadOwnerAsync(sessionId));
        })!;
        try
        {
            var owner = await state.Owner.WaitAsync(cancellationToken);
            return !state.HasEnded && owner == userId;
        }
        catch (Exception) when (state.Owner.IsFaulted)
        {
            // A failed read is not remembered: the next request reads again.
            if (cache.TryGetValue(key, out SessionState? cached) && ReferenceEquals(cached, state))
            {
                cache.Remove(key);
            }

            throw;
        }
    }

    public void Ended(Guid sessionId)
    {
        var key = Key(sessionId);
        if (cache.TryGetValue(key, out SessionState? known))
        {
            known!.End();
        }

        cache.Set(key, SessionState.EndedNow(), settings.Lifetime + AccessTokenSettings.ClockSkew);
    }

    private static string Key(Guid sessionId) => $"session:{sessionId:N}";

    /// <summary>The user whose open session it is; null when it is ended or unknown.</summary>
    private async Task<Guid?> ReadOwnerAsync(Guid sessionId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().RefreshTokens.AsNoTracking()
            .Where(t => t.FamilyId == sessionId && t.RevokedAt == null)
            .Select(t => (Guid?)t.UserId)
            .FirstOrDefaultAsync(CancellationToken.None);
    }

    private sealed class SessionState(Task<Guid?> owner)
    {
        private volatile bool _ended;

        public Task<Guid?> Owner { get; } = owner;

        public bool HasEnded => _ended;

        public static SessionState EndedNow()
        {
            var state = new SessionState(Task.FromResult<Guid?>(null));
            state.End();
            return state;
        }

        public void End() => _ended = true;
    }
}
