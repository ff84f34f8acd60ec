using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Sharing.Queries;
using KnowledgePay.Application.Sharing.Queries.GetMyShares;
using KnowledgePay.Application.Sharing.Queries.GetShareStats;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Sharing;

internal static class SharingQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ShareGraphType, ShareDto>>, Page<ShareDto>>("myShares")
            .Description("Signed-in users: the courses they shared, newest first, each with its visitors and buyers.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetMySharesQuery(
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));

        query.Field<ShareStatsGraphType>("shareStats")
            .Description("Creators (their own courses) and admins (all): the share → visit → purchase funnel of one course, "
                + "or of every course they manage when courseId is left out; null for an unknown course.")
            .Argument<IdGraphType>("courseId", arg =>
            {
                arg.Description = "The course's global id; left out for every course the caller manages.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetShareStatsQuery(ctx.GetArgument<Guid?>("courseId"))));
    }
}
