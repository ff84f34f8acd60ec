namespace KnowledgePay.Application.Analytics.Funnel;

/// <summary>The funnel of one course (<see cref="CourseId"/>) or of all courses (null), its steps in order.</summary>
public sealed record FunnelDto(Guid? CourseId, IReadOnlyList<FunnelStepDto> Steps);

/// <summary>
/// Users who reached <see cref="Step"/> through every step before it; the conversions are shares of the step before and
/// of the first step, null when that step has no users (the first step has no step before it).
/// </summary>
public sealed record FunnelStepDto(FunnelStepKind Step, int Users, double? ConversionFromPrevious, double? ConversionFromFirst);

/// <summary>A funnel's steps, in the order users pass them.</summary>
public enum FunnelStepKind
{
    View = 1,
    CourseDetail,
    OrderCreated,
    Paid,
    FirstLesson,
    Completed,
}
