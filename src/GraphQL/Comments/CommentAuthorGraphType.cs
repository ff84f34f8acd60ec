using GraphQL.Types;
using KnowledgePay.Application.Comments.Queries.GetCommentAuthorsByIds;

namespace KnowledgePay.GraphQL.Comments;

internal sealed class CommentAuthorGraphType : ObjectGraphType<CommentAuthorDto>
{
    public CommentAuthorGraphType()
    {
        Name = "CommentAuthor";
        Description = "What readers see of a comment's author.";
        Field(a => a.Nickname, nullable: true).Description("The author's shown nickname; null when they have none (or it is held or hidden).");
        Field(a => a.AvatarUrl, nullable: true).Description("The author's avatar.");
    }
}
