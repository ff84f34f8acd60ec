using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.Application.GroupBuying.Queries.GetGroupBuyDeals;
using KnowledgePay.Application.GroupBuying.Queries.GetMyGroupBuys;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.GroupBuying;

internal static class GroupBuyQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupBuyDealGraphType>>>>("groupBuyDeals")
            .Description("Anyone: the group-buy deals running or scheduled, soonest ending first (at most 50); of one course "
                + "(courseId) or bundle (offerId) when either is given.")
            .Argument<IdGraphType>("courseId", arg =>
            {
                arg.Description = "Only this course's deals.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .Argument<IdGraphType>("offerId", arg =>
            {
                arg.Description = "Only this bundle's deals.";
                arg.ParseValue(GlobalId.ParserFor(OfferGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetGroupBuyDealsQuery(ctx.GetArgument<Guid?>("courseId") ?? ctx.GetArgument<Guid?>("offerId"))));

        query.Field<GroupBuyGraphType>("groupBuy")
            .Description("Anyone with a group's link: its status, seats left, deadline and masked members; null for an unknown id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The group's global id.";
                arg.ParseValue(GlobalId.ParserFor(GroupBuyGraphType.TypeName));
            })
            .Resolve(ctx => ctx.Loader<GroupBuyByIdLoader>().LoadAsync(ctx.GetArgument<Guid>("id")));

        query.Field<NonNullGraphType<ConnectionGraphType<MyGroupBuyGraphType, MyGroupBuyDto>>, Page<MyGroupBuyDto>>("myGroupBuys")
            .Description("Signed-in users: their seats in groups, newest first.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetMyGroupBuysQuery(
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));
    }
}
