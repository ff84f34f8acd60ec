using KnowledgePay.Application.Comments.Queries;
using KnowledgePay.Application.Comments.Queries.GetCommentAuthorsByIds;
using KnowledgePay.Application.Comments.Queries.GetCommentRepliesByCommentIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Comments;

/// <summary>The replies of every comment of a page, in one query.</summary>
public sealed class CommentRepliesByCommentIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<LessonCommentDto>>(scope, ids => new GetCommentRepliesByCommentIdsQuery(ids));

/// <summary>The authors of every comment of a level, in one query.</summary>
public sealed class CommentAuthorByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CommentAuthorDto>(scope, ids => new GetCommentAuthorsByIdsQuery(ids));
