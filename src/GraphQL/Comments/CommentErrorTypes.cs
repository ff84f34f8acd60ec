using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Comments.CommentErrors;

namespace KnowledgePay.GraphQL.Comments;

internal sealed class CommentNoAccessErrorGraphType() : CodedErrorGraphType(
    "CommentNoAccessError", NoAccessCode, "The lesson is closed to the caller (paid content they are not entitled to), so they cannot comment on it.");

internal sealed class CommentNotAuthorErrorGraphType() : CodedErrorGraphType(
    "CommentNotAuthorError", NotAuthorCode, "Only a comment's author may delete it.");
