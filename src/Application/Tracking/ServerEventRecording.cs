using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking;

/// <summary>
/// Purchases, refunds and reviews enter the behaviour log from the server's own use cases, never from clients. Call it
/// from the handler or event handler that witnessed the fact, in its transaction: it adds the event to the context and
/// leaves saving to the caller.
/// </summary>
public static class ServerEventRecording
{
    /// <summary>
    /// Adds a server-recorded event unless the user has no personalisation consent or the same
    /// <paramref name="sourceKey"/> (e.g. <c>order:{orderId}</c>, unique per user and fact) was recorded before.
    /// Returns whether an event was added.
    /// </summary>
    public static async Task<bool> RecordServerEventAsync(
        this IApplicationDbContext db,
        Guid userId,
        BehaviourEventKind kind,
        Guid courseId,
        string sourceKey,
        DateTimeOffset occurredAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!await db.AllowsTrackingAsync(userId, cancellationToken)
            || await db.BehaviourEvents.AnyAsync(e => e.UserId == userId && e.EventId == sourceKey, cancellationToken))
        {
            return false;
        }

        db.BehaviourEvents.Add(BehaviourEvent.RecordByServer(userId, sourceKey, kind, courseId, occurredAt, now));
        return true;
    }
}
