using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Learning.Commands.GrantCourseAccess;
using KnowledgePay.Application.Learning.Commands.RevokeCourseAccess;
using KnowledgePay.Application.Learning.Commands.UpdateLessonProgress;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Risk;

namespace KnowledgePay.GraphQL.Learning;

internal static class LearningMutations
{
    private static readonly (string, Type, string) Enrollment =
        ("enrollment", typeof(EnrollmentGraphType), "The enrollment after the change; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<UpdateLessonProgressInputGraphType>(
                "updateLessonProgress",
                ("progress", typeof(LessonProgressGraphType), "The caller's progress in the lesson; null when errors is set."),
                typeof(NotFoundErrorGraphType),
                typeof(LessonLockedErrorGraphType),
                typeof(StreamLimitReachedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in learners: reports how far they got in a lesson they may open. The percent never goes down. "
                + "The player reports at start and every minute while playing: this is its stream heartbeat, refused on a "
                + "device beyond the account's concurrent-stream cap (StreamLimitReachedError; stop playback).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateLessonProgressCommand>("input")));

        mutation.MutationField<GrantCourseAccessInputGraphType>(
                "grantCourseAccess", Enrollment, typeof(NotFoundErrorGraphType), typeof(AlreadyEnrolledErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: enrolls a user in a published or archived course without a purchase.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<GrantCourseAccessCommand>("input")));

        mutation.MutationField<RevokeCourseAccessInputGraphType>(
                "revokeCourseAccess", Enrollment, typeof(NotFoundErrorGraphType), typeof(NotEnrolledErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: withdraws a user's active access to a course; the paid lessons close to them again.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RevokeCourseAccessCommand>("input")));
    }
}
