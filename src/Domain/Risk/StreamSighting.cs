using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>
/// One device's stream on one account: its progress reports are the heartbeat, so a device whose last report is
/// recent is streaming. One row per account and device, updated in place, so heartbeats add no rows.
/// </summary>
public sealed class StreamSighting : Entity
{
    private StreamSighting()
    {
        DeviceKey = string.Empty;
        Address = string.Empty;
    }

    public Guid UserId { get; private set; }

    /// <summary>The device id the client sent, or its address when it sent none (<see cref="ClientOrigin.DeviceKey"/>).</summary>
    public string DeviceKey { get; private set; }

    /// <summary>The address of the last heartbeat.</summary>
    public string Address { get; private set; }

    public Guid LessonId { get; private set; }

    /// <summary>When the current stream (heartbeats without a pause longer than the live window) began.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public static StreamSighting Start(Guid userId, ClientOrigin origin, Guid lessonId, DateTimeOffset now) =>
        new()
        {
            UserId = userId,
            DeviceKey = origin.DeviceKey,
            Address = origin.Address,
            LessonId = lessonId,
            StartedAt = now,
            LastSeenAt = now,
        };

    /// <summary>True while the last heartbeat is younger than <paramref name="liveFor"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now, TimeSpan liveFor) => LastSeenAt > now - liveFor;

    /// <summary>A heartbeat; after a pause longer than <paramref name="liveFor"/> it starts a new stream.</summary>
    public void Beat(ClientOrigin origin, Guid lessonId, DateTimeOffset now, TimeSpan liveFor)
    {
        if (!IsLiveAt(now, liveFor))
        {
            StartedAt = now;
        }

        Address = origin.Address;
        LessonId = lessonId;
        LastSeenAt = now;
    }
}
