using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>
/// Rule 2, the concurrent-stream cap, on the player's heartbeat (its progress reports): a device already streaming beats
/// on; a new one starts a stream while fewer than the cap of the account's other devices stream, and is refused
/// otherwise. Repeated refusals raise a ConcurrentStreams flag for review. Two devices starting in the same instant may
/// both pass; the cap is a deterrent, not a lock (docs/decisions/0045).
/// </summary>
internal sealed class StreamGate(
    IApplicationDbContext db, IServiceScopeFactory scopes, IClientOrigin client, IOptions<AccessRiskOptions> options)
{
    /// <summary>Admits the caller's device to stream <paramref name="lessonId"/> (changes saved with the caller's), or throws STREAM_LIMIT_REACHED.</summary>
    public async Task AdmitAsync(Guid userId, Guid lessonId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var origin = client.Current;
        var streams = options.Value.ConcurrentStreams;
        var liveSince = now - streams.LiveFor;
        var sightings = await db.StreamSightings
            .Where(s => s.UserId == userId && (s.DeviceKey == origin.DeviceKey || s.LastSeenAt > liveSince))
            .ToListAsync(cancellationToken);
        var mine = sightings.SingleOrDefault(s => s.DeviceKey == origin.DeviceKey);
        if (mine?.IsLiveAt(now, streams.LiveFor) == true)
        {
            mine.Beat(origin, lessonId, now, streams.LiveFor);
            return;
        }

        var others = sightings.Count(s => s != mine && s.IsLiveAt(now, streams.LiveFor));
        if (!streams.Admits(others))
        {
            await RecordRefusalAsync(userId, origin, others, now, cancellationToken);
            throw AccessRiskErrors.StreamLimitReached(streams.Cap);
        }

        if (mine is null)
        {
            db.StreamSightings.Add(StreamSighting.Start(userId, origin, lessonId, now));
        }
        else
        {
            mine.Beat(origin, lessonId, now, streams.LiveFor);
        }

        await db.CheckAccountSharingAsync(userId, origin, options.Value.AccountSharing, now, cancellationToken);
        db.AccessSignals.Add(AccessSignal.Record(AccessSignalKind.StreamStarted, userId, null, origin, now));
    }

    /// <summary>Saved in a scope of its own, as the report it refuses saves nothing.</summary>
    private Task RecordRefusalAsync(Guid userId, ClientOrigin origin, int liveStreams, DateTimeOffset now, CancellationToken cancellationToken) =>
        scopes.RunAsync(
            async services =>
            {
                var refusalDb = services.GetRequiredService<IApplicationDbContext>();
                var streams = options.Value.ConcurrentStreams;
                var subject = userId.ToString();
                var since = await refusalDb.StartAsync(RiskRule.ConcurrentStreams, subject, now - streams.RefusalWindow, cancellationToken);
                var refusals = 1 + await refusalDb.AccessSignals.CountAsync(
                    s => s.UserId == userId && s.Kind == AccessSignalKind.StreamRefused && s.OccurredAt > since, cancellationToken);
                if (streams.IsRepeated(refusals))
                {
                    await refusalDb.FlagAsync(
                        RiskRule.ConcurrentStreams,
                        userId,
                        subject,
                        AccessRuleWindows.Evidence(new { refusals, liveStreams, cap = streams.Cap }),
                        RiskRestriction.None,
                        now,
                        cancellationToken);
                }

                refusalDb.AccessSignals.Add(AccessSignal.Record(AccessSignalKind.StreamRefused, userId, null, origin, now));
                await refusalDb.SaveChangesAsync(cancellationToken);
                return true;
            },
            cancellationToken);
}
