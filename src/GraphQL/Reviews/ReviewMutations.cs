using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Reviews.Commands.EditReview;
using KnowledgePay.Application.Reviews.Commands.ReplyToReview;
using KnowledgePay.Application.Reviews.Commands.ReviewCourse;
using KnowledgePay.Application.Reviews.Commands.VoteReviewHelpful;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Moderation;

namespace KnowledgePay.GraphQL.Reviews;

internal static class ReviewMutations
{
    private static readonly (string, Type, string) Review = ("review", typeof(ReviewGraphType), "The review as it now stands; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ReviewCourseInputGraphType>(
                "reviewCourse",
                Review,
                typeof(NotFoundErrorGraphType),
                typeof(ReviewNotEntitledErrorGraphType),
                typeof(ReviewAlreadyExistsErrorGraphType),
                typeof(ReviewInvalidStarsErrorGraphType),
                typeof(ReviewInvalidTextErrorGraphType),
                typeof(ContentRefusedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Learners with access to the course (bought and not refunded, a membership, a gift or a grant): rate it "
                + "1 to 5 stars with optional text, once. Text is screened: held text waits for a moderator (status HELD, not "
                + "counted in the rating), refused text saves nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ReviewCourseCommand>("input")));

        mutation.MutationField<EditReviewInputGraphType>(
                "editReview",
                Review,
                typeof(ReviewNotFoundErrorGraphType),
                typeof(ReviewNotAuthorErrorGraphType),
                typeof(ReviewInvalidStarsErrorGraphType),
                typeof(ReviewInvalidTextErrorGraphType),
                typeof(ContentRefusedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("The review's author: changes its stars and text; the course's rating follows.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EditReviewCommand>("input")));

        mutation.MutationField<ReplyToReviewInputGraphType>(
                "replyToReview",
                Review,
                typeof(ReviewNotFoundErrorGraphType),
                typeof(ReviewReplyNotAllowedErrorGraphType),
                typeof(ReviewInvalidTextErrorGraphType),
                typeof(ContentRefusedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("The course's creator or an admin: writes the review's one reply, or rewrites it. The text is screened.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ReplyToReviewCommand>("input")));

        mutation.MutationField<VoteReviewHelpfulInputGraphType>(
                "voteReviewHelpful",
                payload =>
                {
                    payload.Field<ReviewGraphType>("review")
                        .Description("The review with its new count; null when errors is set.")
                        .Resolve(ctx => (ctx.Source.Result as VoteReviewHelpfulResult)?.Review);
                    payload.Field<BooleanGraphType>("helpful")
                        .Description("Whether the caller's vote stands after the toggle; null when errors is set.")
                        .Resolve(ctx => (ctx.Source.Result as VoteReviewHelpfulResult)?.Helpful);
                },
                typeof(ReviewNotFoundErrorGraphType),
                typeof(ReviewOwnVoteErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users: votes someone else's visible review helpful, or takes the vote back (a toggle).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<VoteReviewHelpfulCommand>("input")));
    }
}
