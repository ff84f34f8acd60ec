using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Tracking;

/// <summary>Reasons a tracked event is refused; the codes are API contract. Each message names the event by its id.</summary>
public static class BehaviourErrors
{
    public const string ServerRecordedKindCode = "EVENT_KIND_SERVER_RECORDED";
    public const string InFutureCode = "EVENT_IN_FUTURE";
    public const string TooOldCode = "EVENT_TOO_OLD";
    public const string UnknownCourseCode = "EVENT_UNKNOWN_COURSE";
    public const string LessonNotInCourseCode = "EVENT_LESSON_NOT_IN_COURSE";

    public static DomainException ServerRecordedKind(string eventId, BehaviourEventKind kind) =>
        new(ServerRecordedKindCode, $"Event '{eventId}': {kind} events are recorded by the server and cannot be sent.");

    public static DomainException InFuture(string eventId) =>
        new(InFutureCode, $"Event '{eventId}' happened more than {BehaviourLimits.MaxClockSkew.TotalMinutes} minutes in the future; check the device clock.");

    public static DomainException TooOld(string eventId) =>
        new(TooOldCode, $"Event '{eventId}' is more than {BehaviourLimits.MaxAge.TotalDays} days old.");

    public static DomainException UnknownCourse(string eventId) =>
        new(UnknownCourseCode, $"Event '{eventId}' names a course that does not exist or is not published.");

    public static DomainException LessonNotInCourse(string eventId) =>
        new(LessonNotInCourseCode, $"Event '{eventId}' names a lesson that is not part of its course.");

    public static DomainException InvalidEvent(string field) =>
        new("EVENT_INVALID", $"The event's {field} is not valid.");
}
