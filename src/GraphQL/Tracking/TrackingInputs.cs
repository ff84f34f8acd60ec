using GraphQL.Types;
using KnowledgePay.Application.Tracking.Commands.TrackEvents;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Tracking;

internal sealed class TrackEventsInputGraphType : InputObjectGraphType<TrackEventsCommand>
{
    public TrackEventsInputGraphType()
    {
        Name = "TrackEventsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrackedEventInputGraphType>>>>("events")
            .Description($"1 to {BehaviourLimits.MaxBatchSize} events, each with its own id; stored all or none.");
    }
}

internal sealed class TrackedEventInputGraphType : InputObjectGraphType<TrackedEvent>
{
    public TrackedEventInputGraphType()
    {
        Name = "TrackedEventInput";
        Description = "One thing the learner did, as the mini program saw it.";
        Field(e => e.Id).Description($"The client's id for the event, up to {BehaviourLimits.EventIdLength} characters; "
            + "sending it again later stores nothing new.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<BehaviourEventKindGraphType>));
        this.IdField("courseId", CourseGraphType.TypeName).Description("The published course the event is about.");
        this.OptionalIdField("lessonId", "Lesson").Description("The lesson, one of the course's; required for lesson events.");
        Field(e => e.ProgressPercent, nullable: true).Description("0 to 100, on PROGRESS events only.");
        Field(e => e.Context, nullable: true).Description($"Where it happened (page or source), up to {BehaviourLimits.ContextLength} characters.");
        Field(e => e.OccurredAt).Description("When it happened by the device's clock: at most a few minutes ahead, at most 30 days ago.");
    }
}
