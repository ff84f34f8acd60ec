using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Tracking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking.Commands.TrackEvents;

/// <summary>
/// Stores a batch of the caller's behaviour events, all or nothing: one bad event refuses the batch. Events already
/// stored (same id) are counted as duplicates and not stored again. Without personalisation consent nothing is stored.
/// Each event keeps the platform the request came from (<see cref="IClientPlatform"/>).
/// </summary>
public sealed record TrackEventsCommand(IReadOnlyList<TrackedEvent> Events) : ICommand<TrackEventsResult>, IRetryOnConflict;

public sealed record TrackedEvent(
    string Id,
    BehaviourEventKind Kind,
    Guid CourseId,
    Guid? LessonId,
    int? ProgressPercent,
    string? Context,
    DateTimeOffset OccurredAt);

/// <summary>How many of <paramref name="Received"/> events were stored now and how many had been stored before.</summary>
public sealed record TrackEventsResult(int Received, int Stored, int Duplicates, TrackingRefusal? Refusal);

/// <summary>Why a valid batch was not stored.</summary>
public enum TrackingRefusal
{
    /// <summary>The user withdrew (or never gave) personalisation consent, so no behaviour is kept.</summary>
    ConsentWithdrawn,
}

internal sealed class TrackEventsCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, IClientPlatform client, TimeProvider clock)
    : ICommandHandler<TrackEventsCommand, TrackEventsResult>
{
    public async ValueTask<TrackEventsResult> Handle(TrackEventsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        var received = command.Events.Count;
        if (!await db.AllowsTrackingAsync(userId, cancellationToken))
        {
            return new TrackEventsResult(received, 0, 0, TrackingRefusal.ConsentWithdrawn);
        }

        var now = clock.GetUtcNow();
        var platform = client.Platform.Name();
        var events = command.Events
            .Select(e => BehaviourEvent.Track(userId, e.Id, e.Kind, e.CourseId, e.LessonId, e.ProgressPercent, e.Context, e.OccurredAt, now, platform))
            .ToList();
        await EnsureCoursesAndLessonsExistAsync(events, cancellationToken);

        // An identical batch racing this one makes the save conflict; the retry reads what it stored and inserts the rest.
        var fresh = await WithoutStoredAsync(userId, events, cancellationToken);
        db.BehaviourEvents.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return new TrackEventsResult(received, fresh.Count, received - fresh.Count, null);
    }

    private async Task EnsureCoursesAndLessonsExistAsync(IReadOnlyList<BehaviourEvent> events, CancellationToken cancellationToken)
    {
        var courseIds = events.Select(e => e.CourseId).Distinct().ToList();
        var published = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id) && c.Status == CourseStatus.Published)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        if (events.FirstOrDefault(e => !published.Contains(e.CourseId)) is { } unknown)
        {
            throw BehaviourErrors.UnknownCourse(unknown.EventId);
        }

        var lessonIds = events.Where(e => e.LessonId is not null).Select(e => e.LessonId!.Value).Distinct().ToList();
        var lessonCourses = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .SelectMany(c => c.Chapters)
            .SelectMany(ch => ch.Lessons, (ch, l) => new { ch.CourseId, LessonId = l.Id })
            .Where(l => lessonIds.Contains(l.LessonId))
            .ToDictionaryAsync(l => l.LessonId, l => l.CourseId, cancellationToken);
        if (events.FirstOrDefault(e => e.LessonId is { } lessonId && lessonCourses.GetValueOrDefault(lessonId) != e.CourseId) is { } stray)
        {
            throw BehaviourErrors.LessonNotInCourse(stray.EventId);
        }
    }

    private async Task<List<BehaviourEvent>> WithoutStoredAsync(
        Guid userId, IReadOnlyList<BehaviourEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.EventId).ToList();
        var stored = await db.BehaviourEvents.AsNoTracking()
            .Where(e => e.UserId == userId && ids.Contains(e.EventId))
            .Select(e => e.EventId)
            .ToListAsync(cancellationToken);
        return [.. events.Where(e => !stored.Contains(e.EventId))];
    }
}
