using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Tracking;

/// <summary>
/// One thing a learner did with a course: append-only, never changed once stored (only erased with the account).
/// <see cref="EventId"/> is the client's id (or the server's source key), unique per user, so re-sent batches store nothing twice.
/// </summary>
public sealed class BehaviourEvent : Entity
{
    private BehaviourEvent(Guid id)
        : base(id)
    {
        EventId = string.Empty;
    }

    public Guid UserId { get; private set; }

    public string EventId { get; private set; }

    public BehaviourEventKind Kind { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid? LessonId { get; private set; }

    /// <summary>How far into the lesson, 0 to 100; set on progress events only.</summary>
    public int? ProgressPercent { get; private set; }

    /// <summary>Where it happened in the mini program (page or source), as the client names it.</summary>
    public string? Context { get; private set; }

    /// <summary>
    /// The client platform the event was sent from (ios, android…, as the request said); null when it did not say or the
    /// server recorded it. With the time of day of <see cref="OccurredAt"/> it tells what is popular in which context.
    /// </summary>
    public string? Platform { get; private set; }

    /// <summary>When it happened by the client's clock, within the accepted skew and age.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Days since 1970-01-01 (UTC) of <see cref="OccurredAt"/>, so every database can group by day in SQL.</summary>
    public int OccurredOnDay { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>An event the mini program reports; server-recorded kinds are refused.</summary>
    public static BehaviourEvent Track(
        Guid userId,
        string eventId,
        BehaviourEventKind kind,
        Guid courseId,
        Guid? lessonId,
        int? progressPercent,
        string? context,
        DateTimeOffset occurredAt,
        DateTimeOffset now,
        string? platform = null)
    {
        if (kind.IsServerRecorded())
        {
            throw BehaviourErrors.ServerRecordedKind(eventId, kind);
        }

        if (occurredAt > now + BehaviourLimits.MaxClockSkew)
        {
            throw BehaviourErrors.InFuture(eventId);
        }

        if (occurredAt < now - BehaviourLimits.MaxAge)
        {
            throw BehaviourErrors.TooOld(eventId);
        }

        var tracked = Create(userId, eventId, kind, courseId, lessonId, progressPercent, context, occurredAt, now);
        tracked.Platform = Text.Optional(platform, BehaviourLimits.PlatformLength, () => BehaviourErrors.InvalidEvent("platform"));
        return tracked;
    }

    /// <summary>A purchase, refund, review or favourite the server witnessed; <paramref name="sourceKey"/> (e.g. the order) makes it unique.</summary>
    public static BehaviourEvent RecordByServer(
        Guid userId, string sourceKey, BehaviourEventKind kind, Guid courseId, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        if (!kind.IsRecordableByServer())
        {
            throw BehaviourErrors.InvalidEvent("kind");
        }

        return Create(userId, sourceKey, kind, courseId, null, null, null, occurredAt, now);
    }

    private static BehaviourEvent Create(
        Guid userId,
        string eventId,
        BehaviourEventKind kind,
        Guid courseId,
        Guid? lessonId,
        int? progressPercent,
        string? context,
        DateTimeOffset occurredAt,
        DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw BehaviourErrors.InvalidEvent("kind");
        }

        if ((kind == BehaviourEventKind.Progress) != progressPercent.HasValue || progressPercent is < 0 or > 100)
        {
            throw BehaviourErrors.InvalidEvent("progressPercent");
        }

        var id = Text.Required(eventId, BehaviourLimits.EventIdLength, () => BehaviourErrors.InvalidEvent("id"));
        return new BehaviourEvent(BehaviourEventKeys.For(userId, id))
        {
            UserId = userId,
            EventId = id,
            Kind = kind,
            CourseId = courseId,
            LessonId = lessonId,
            ProgressPercent = progressPercent,
            Context = Text.Optional(context, BehaviourLimits.ContextLength, () => BehaviourErrors.InvalidEvent("context")),
            // Kept in UTC: SQLite's binary instants order by local ticks, so an offset would misplace the event in ranges.
            OccurredAt = occurredAt.ToUniversalTime(),
            OccurredOnDay = DayNumber(occurredAt),
            RecordedAt = now,
        };
    }

    /// <summary>Days since 1970-01-01 of the UTC date of <paramref name="instant"/>.</summary>
    public static int DayNumber(DateTimeOffset instant) =>
        (int)Math.Floor((instant.UtcDateTime - DateTime.UnixEpoch).TotalDays);
}
