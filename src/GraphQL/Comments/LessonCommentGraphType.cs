using GraphQL.Types;
using KnowledgePay.Application.Comments.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Moderation;

namespace KnowledgePay.GraphQL.Comments;

internal sealed class LessonCommentGraphType : ObjectGraphType<LessonCommentDto>
{
    public const string TypeName = "LessonComment";

    public LessonCommentGraphType()
    {
        Name = TypeName;
        Description = "A comment on a lesson, or a reply to one.";
        this.GlobalIdField(Name, c => c.Id);
        Field<NonNullGraphType<IdGraphType>>("lessonId")
            .Description("The global id of the lesson.")
            .Resolve(ctx => GlobalId.Encode(LessonGraphType.TypeName, ctx.Source.LessonId));
        Field(c => c.Text).Description("What the author wrote.");
        Field<NonNullGraphType<ModerationStatusGraphType>>("moderationStatus")
            .Description("VISIBLE to everyone; HELD or HIDDEN only ever appear on the caller's own comments, which nobody else sees.")
            .Resolve(ctx => ctx.Source.Status);
        Field(c => c.CreatedAt).Description("When it was written.");
        Field<CommentAuthorGraphType>("author")
            .Description("Who wrote it.")
            .Resolve(ctx => ctx.Loader<CommentAuthorByIdLoader>().LoadAsync(ctx.Source.AuthorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonCommentGraphType>>>>("replies")
            .Description("The replies to a comment, oldest first (the caller's own held or hidden ones included); empty for a reply.")
            .Resolve(ctx => ctx.Loader<CommentRepliesByCommentIdLoader>().LoadAsync(ctx.Source.Id).Then(replies => replies ?? []));
    }
}
