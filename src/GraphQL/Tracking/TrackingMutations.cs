using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Tracking.Commands.TrackEvents;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Tracking;

/// <summary>The mini program reports what the signed-in learner does, for their profile and recommendations.</summary>
internal static class TrackingMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<TrackEventsInputGraphType>(
                "trackEvents",
                TrackingFields,
                typeof(EventKindServerRecordedErrorGraphType),
                typeof(EventInFutureErrorGraphType),
                typeof(EventTooOldErrorGraphType),
                typeof(EventUnknownCourseErrorGraphType),
                typeof(EventLessonNotInCourseErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in learners: stores a batch of behaviour events, all or none. Events whose id was stored before "
                + "count as duplicates, so a batch can be re-sent safely. Without personalisation consent nothing is stored "
                + "(refusal CONSENT_WITHDRAWN).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<TrackEventsCommand>("input")));

    /// <summary>The counts of the outcome; every field is null when errors is set.</summary>
    private static void TrackingFields(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<IntGraphType>("received").Description("How many events the batch held.")
            .Resolve(ctx => Result(ctx)?.Received);
        payload.Field<IntGraphType>("stored").Description("How many were stored by this call.")
            .Resolve(ctx => Result(ctx)?.Stored);
        payload.Field<IntGraphType>("duplicates").Description("How many had been stored before (same id) and were skipped.")
            .Resolve(ctx => Result(ctx)?.Duplicates);
        payload.Field<TrackingRefusalGraphType>("refusal").Description("Why a valid batch was not stored; null when it was.")
            .Resolve(ctx => Result(ctx)?.Refusal);
    }

    private static TrackEventsResult? Result(IResolveFieldContext<MutationPayload> context) => context.Source.Result as TrackEventsResult;
}
