using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Comments.Queries;
using KnowledgePay.Application.Comments.Queries.GetLessonComments;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Comments;

internal static class LessonCommentFields
{
    private static readonly PageRequestValidator PageValidator = new();

    /// <summary>
    /// One query per lesson asked for: a connection pages each lesson on its own. Clients list one lesson's comments at a
    /// time (the lesson page), so this does not multiply in practice.
    /// </summary>
    public static void AddTo(ObjectGraphType<LessonDto> lesson) =>
        lesson.Field<NonNullGraphType<ConnectionGraphType<LessonCommentGraphType, LessonCommentDto>>, Page<LessonCommentDto>>("comments")
            .Description("The lesson's comments, newest first, for whoever the lesson opens to (empty otherwise); the caller's own "
                + "held or hidden comments are included and marked.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetLessonCommentsQuery(
                    ctx.Source.Id,
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));
}
