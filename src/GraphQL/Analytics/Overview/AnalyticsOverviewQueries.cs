using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsToday;
using KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Analytics.Overview;

internal static class AnalyticsOverviewQueries
{
    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<AnalyticsOverviewGraphType>>("analyticsOverview")
            .Description("Admins: GMV, refunds, net revenue, orders, paying users, new users and active learners over a range, per bucket.")
            .RangeArgumentOf()
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetAnalyticsOverviewQuery(ctx.GetRange())));

        query.Field<NonNullGraphType<AnalyticsTodayGraphType>>("analyticsToday")
            .Description("Admins: today so far against yesterday, in the operator's time zone.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetAnalyticsTodayQuery()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevenueShareGraphType>>>>("revenueBreakdown")
            .Description("Admins: a range's revenue by category, creator, offer kind, acquisition channel or payment method, biggest GMV first.")
            .RangeArgumentOf()
            .Argument<NonNullGraphType<RevenueDimensionGraphType>>("by", "What to split by.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetRevenueBreakdownQuery(ctx.GetRange(), ctx.GetArgument<RevenueDimension>("by"))));
    }
}
