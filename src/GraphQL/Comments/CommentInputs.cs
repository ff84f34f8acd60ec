using GraphQL.Types;
using KnowledgePay.Application.Comments.Commands.CommentOnLesson;
using KnowledgePay.Application.Comments.Commands.DeleteComment;
using KnowledgePay.Application.Comments.Commands.ReplyToComment;
using KnowledgePay.Domain.Comments;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Comments;

internal sealed class CommentOnLessonInputGraphType : InputObjectGraphType<CommentOnLessonCommand>
{
    public CommentOnLessonInputGraphType()
    {
        Name = "CommentOnLessonInput";
        this.IdField("lessonId", LessonGraphType.TypeName);
        Field(c => c.Text).Description($"The comment, 1 to {CommentLimits.TextLength} characters.");
    }
}

internal sealed class ReplyToCommentInputGraphType : InputObjectGraphType<ReplyToCommentCommand>
{
    public ReplyToCommentInputGraphType()
    {
        Name = "ReplyToCommentInput";
        this.IdField("commentId", LessonCommentGraphType.TypeName).Description("The comment (or reply: the reply joins its thread) to answer.");
        Field(c => c.Text).Description($"The reply, 1 to {CommentLimits.TextLength} characters.");
    }
}

internal sealed class DeleteCommentInputGraphType : InputObjectGraphType<DeleteCommentCommand>
{
    public DeleteCommentInputGraphType()
    {
        Name = "DeleteCommentInput";
        this.IdField("commentId", LessonCommentGraphType.TypeName);
    }
}
