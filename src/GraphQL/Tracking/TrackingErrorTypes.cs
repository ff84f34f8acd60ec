using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Tracking;

internal sealed class EventKindServerRecordedErrorGraphType() : CodedErrorGraphType(
    "EventKindServerRecordedError", BehaviourErrors.ServerRecordedKindCode, "Purchases, refunds and reviews are recorded by the server; clients cannot send them.");

internal sealed class EventInFutureErrorGraphType() : CodedErrorGraphType(
    "EventInFutureError", BehaviourErrors.InFutureCode, "An event happened too far in the future; the device clock is off.");

internal sealed class EventTooOldErrorGraphType() : CodedErrorGraphType(
    "EventTooOldError", BehaviourErrors.TooOldCode, "An event is too old to be accepted; drop it.");

internal sealed class EventUnknownCourseErrorGraphType() : CodedErrorGraphType(
    "EventUnknownCourseError", BehaviourErrors.UnknownCourseCode, "An event names a course that does not exist or is not published.");

internal sealed class EventLessonNotInCourseErrorGraphType() : CodedErrorGraphType(
    "EventLessonNotInCourseError", BehaviourErrors.LessonNotInCourseCode, "An event names a lesson of another course.");
