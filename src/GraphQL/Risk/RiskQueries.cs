using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Risk.Queries;
using KnowledgePay.Application.Risk.Queries.GetRiskFlags;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Risk;

internal static class RiskQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<RiskFlagGraphType, RiskFlagDto>>, Page<RiskFlagDto>>("riskFlags")
            .Description("Admins: the risk review queue, newest flag first; all statuses unless one is given.")
            .Argument<RiskFlagStatusGraphType>("status", "Only flags of this status.")
            .Argument<RiskRuleGraphType>("rule", "Only flags of this rule.")
            .Argument<IdGraphType>("userId", "Only flags on this user (global id).", a => a.ParseValue(GlobalId.ParserFor(CreateCreatorInputGraphType.UserTypeName)))
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetRiskFlagsQuery(
                    ctx.GetArgument<RiskFlagStatus?>("status"),
                    ctx.GetArgument<RiskRule?>("rule"),
                    ctx.GetArgument<Guid?>("userId"),
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));
}
