using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Comments.Commands.CommentOnLesson;
using KnowledgePay.Application.Comments.Commands.DeleteComment;
using KnowledgePay.Application.Comments.Commands.ReplyToComment;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Moderation;

namespace KnowledgePay.GraphQL.Comments;

internal static class CommentMutations
{
    private static readonly (string, Type, string) Comment =
        ("comment", typeof(LessonCommentGraphType), "The saved comment (moderationStatus HELD when it waits for a moderator); null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CommentOnLessonInputGraphType>(
                "commentOnLesson", Comment, typeof(NotFoundErrorGraphType), typeof(CommentNoAccessErrorGraphType), typeof(ContentRefusedErrorGraphType))
            .Description("Signed-in users the lesson opens to (entitled learners, the creator, admins; anyone for a free preview): "
                + "comments on it. The text is screened: refused text saves nothing (ContentRefusedError); held text is shown only "
                + "to its author until a moderator approves it.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CommentOnLessonCommand>("input")));

        mutation.MutationField<ReplyToCommentInputGraphType>(
                "replyToComment", Comment, typeof(NotFoundErrorGraphType), typeof(CommentNoAccessErrorGraphType), typeof(ContentRefusedErrorGraphType))
            .Description("Signed-in users the lesson opens to: replies to a comment they can see; replies are one level deep. Screened like a comment.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ReplyToCommentCommand>("input")));

        mutation.MutationField<DeleteCommentInputGraphType>(
                "deleteComment",
                payload => payload.Field<IdGraphType>("deletedCommentId")
                    .Description("The global id of the deleted comment; null when errors is set.")
                    .Resolve(ctx => ctx.Source.Result is Guid id ? GlobalId.Encode(LessonCommentGraphType.TypeName, id) : null),
                typeof(NotFoundErrorGraphType),
                typeof(CommentNotAuthorErrorGraphType))
            .Description("The author: deletes their comment or reply; it (and a comment's replies) leaves every list.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<DeleteCommentCommand>("input")));
    }
}
